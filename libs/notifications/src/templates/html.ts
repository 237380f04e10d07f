const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markup that {@link html} inserts as is. Create it with {@link raw}. */
export class RawHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/**
 * Marks trusted markup so {@link html} does not escape it, e.g. the output of a nested `html`
 * call. Never pass user data through it.
 *
 * @example
 * html`<ul>${raw(items.map((i) => html`<li>${i}</li>`).join(''))}</ul>`
 */
export function raw(markup: string): RawHtml {
  return new RawHtml(markup);
}

/**
 * Tagged template for mail bodies: every interpolated value is HTML-escaped (`null`/`undefined`
 * become empty, arrays are escaped item by item and joined) except values wrapped in {@link raw}.
 *
 * @example
 * html`<p>Hello ${data.firstName},</p><p><a href="${ctx.link('verify-email', data.token)}">Verify</a></p>`
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  values.forEach((value, i) => {
    out += renderValue(value) + strings[i + 1];
  });
  return out;
}

function renderValue(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof RawHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(String(value));
}
