import { DEFAULT_LOCALE, Locale } from './locale';

/**
 * Translations keyed by message key (an error code, a field-error code, a mail key), one table per
 * locale. Each lib ships its own and hands it to {@link MessageCatalog}. Placeholders are `{name}`.
 */
export type Messages = Record<Locale, Record<string, string>>;

/**
 * The merged message tables of every mounted lib. Lookup falls back to English, then to the key
 * itself, so a missing translation is visible but never breaks a response.
 */
export class MessageCatalog {
  private readonly tables: Record<Locale, Map<string, string>> = { en: new Map(), pl: new Map(), uk: new Map() };

  constructor(...sources: Messages[]) {
    for (const source of sources) this.add(source);
  }

  /** Adds (or overrides) translations. */
  add(source: Messages): this {
    for (const locale of Object.keys(this.tables) as Locale[]) {
      for (const [key, text] of Object.entries(source[locale] ?? {})) this.tables[locale].set(key, text);
    }
    return this;
  }

  /** Whether a key has an English text. */
  has(key: string): boolean {
    return this.tables[DEFAULT_LOCALE].has(key);
  }

  /** Translates `key` into `locale`, filling `{placeholders}` from `params`. */
  translate(key: string, locale: Locale, params: Record<string, unknown> = {}): string {
    const template = this.tables[locale].get(key) ?? this.tables[DEFAULT_LOCALE].get(key) ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (params[name] === undefined ? match : String(params[name])));
  }
}

/** One table from several, later sources winning: how a lib ships its features' messages as one. */
export function mergeMessages(...sources: Messages[]): Messages {
  return {
    en: Object.assign({}, ...sources.map((s) => s.en)),
    pl: Object.assign({}, ...sources.map((s) => s.pl)),
    uk: Object.assign({}, ...sources.map((s) => s.uk)),
  };
}
