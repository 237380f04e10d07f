// Hostile inputs: a valid value with one thing broken (a required field dropped, a wrong type, an
// extra key, a huge string or array, deep nesting, NUL or a lone surrogate, a number out of range),
// bodies that are not the JSON the route takes, odd query strings, path segments and headers.
// Each is data fast-check can print and shrink, sent as is by the runner.
import fc from 'fast-check';
import { Parameter, Schema } from './contract';
import { flatten, SchemaContext, valueOf } from './schema-arbitrary';

/** A request body as sent: JSON of a value, any text, or bytes (hex) that are not UTF-8. */
export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string | null }
  | { kind: 'text'; text: string; contentType: string | null }
  | { kind: 'bytes'; hex: string; contentType: string | null };

/** Inside a JSON value, a string `RAW_MARK + text` is written as `text` itself (`1e400`, `-0`). */
export const RAW_MARK = '\u0001raw:';

/** The body's bytes and its Content-Type (`null`: no header; `undefined`: JSON's). */
export function serialiseBody(body: Body): { payload?: Buffer; contentType?: string | null } {
  switch (body.kind) {
    case 'none':
      return {};
    case 'json': {
      const text = JSON.stringify(body.value, (_key, v) => v)
        // JSON.stringify escapes U+0001 as \u0001: a raw token is the whole quoted string.
        .replace(/"\\u0001raw:((?:[^"\\]|\\.)*)"/g, (_m, raw: string) => JSON.parse(`"${raw}"`));
      return {
        payload: Buffer.from(text ?? '', 'utf8'),
        contentType: body.contentType === undefined ? 'application/json' : body.contentType,
      };
    }
    case 'text':
      return { payload: Buffer.from(body.text, 'utf8'), contentType: body.contentType };
    case 'bytes':
      return { payload: Buffer.from(body.hex, 'hex'), contentType: body.contentType };
  }
}

/** A place in a body: the dotted path of a field and its schema (array items are element 0). */
interface FieldPath {
  path: string[];
  schema: Schema;
}

/** Every field of the body schema down to `maxDepth`, so nested fields get broken too. */
function fieldPaths(ctx: SchemaContext, schema: Schema, prefix: string[] = [], maxDepth = 3): FieldPath[] {
  const s = flatten(ctx.document, schema);
  if (prefix.length >= maxDepth) return [];
  const out: FieldPath[] = [];
  if (s.type === 'array' && s.items) {
    const item = flatten(ctx.document, s.items);
    out.push({ path: [...prefix, '0'], schema: item }, ...fieldPaths(ctx, item, [...prefix, '0'], maxDepth));
  }
  for (const [key, property] of Object.entries<Schema>(s.properties ?? {})) {
    const p = flatten(ctx.document, property);
    out.push({ path: [...prefix, key], schema: p }, ...fieldPaths(ctx, p, [...prefix, key], maxDepth));
  }
  return out;
}

/** A copy of `value` with `path` set to `replacement` (containers made on the way; `undefined` deletes). */
function setAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  const container: any = Array.isArray(value)
    ? [...value]
    : value !== null && typeof value === 'object'
      ? { ...value }
      : /^\d+$/.test(head)
        ? []
        : {};
  const next = setAt(container[head], rest, replacement);
  if (next === undefined && !rest.length) {
    if (Array.isArray(container)) container.splice(Number(head), 1);
    else delete container[head];
  } else container[head] = next;
  return container;
}

/** An object with an own, enumerable `key` even when the key is `__proto__`. */
function withOwnKey(value: unknown, key: string, extra: unknown): unknown {
  const copy: Record<string, unknown> = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
  return copy;
}

const wrongTyped = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  fc.double(),
);

/** Text PostgreSQL refuses (U+0000, lone surrogates) and text that only looks odd. */
const unstorable = fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', '\u0000\ud83d');
const oddText = fc.constantFrom(
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '\u202egnp.exe',
  '\u200b',
  'Ǆ\u0301\u0308\u20dd',
  '🇵🇱👩‍👩‍👧',
  '../../etc/passwd',
  '%00',
  '\r\nX-Injected: 1',
);

const hugeLengths = fc.constantFrom(1_000, 10_000, 70_000, 300_000);
const nestingDepths = fc.constantFrom(20, 33, 200, 5_000);

/** Numbers a field cannot hold, written as raw JSON where `JSON.stringify` cannot (`1e400`). */
const outOfRange = fc.constantFrom<unknown>(
  -1,
  0,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  0.5,
  `${RAW_MARK}1e400`,
  `${RAW_MARK}-1e400`,
  `${RAW_MARK}1e-400`,
  `${RAW_MARK}-0`,
  `${RAW_MARK}123456789012345678901234567890`,
);

/** A value nested `depth` deep, as raw JSON text: a real object that deep would overflow JSON.stringify. */
function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${RAW_MARK}${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${RAW_MARK}${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Whole bodies that are not the JSON object the route takes. */
const oddBodyTexts = fc.constantFrom(
  '',
  'null',
  '[]',
  '[1,2]',
  '"x"',
  '42',
  'true',
  '{',
  '{"a":',
  '{"a":1}}',
  '{"a":1,"a":2}',
  '\ufeff{}',
  '{/* comment */}',
  '{"a":NaN}',
  "{'a':1}",
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  `[${Array.from({ length: 1_200 }, () => '0').join(',')}]`,
  `${'['.repeat(40)}${']'.repeat(40)}`,
  `{"a":"${'\\'.repeat(9)}"}`,
);

/** Content-Types a client may send, right or wrong. */
const contentTypes = fc.constantFrom<string | null>(
  null,
  '',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;;;',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'application/json, text/plain',
  'application/octet-stream',
);

/**
 * Hostile bodies for an operation whose body has `schema`: one thing broken in a valid value, a
 * body that is not JSON, a wrong Content-Type, bytes that are not UTF-8.
 */
export function hostileBody(schema: Schema, ctx: SchemaContext): fc.Arbitrary<Body> {
  const valid = valueOf(schema, ctx);
  const fields = fieldPaths(ctx, schema);
  const top = flatten(ctx.document, schema);
  const required: string[] = top.required ?? [];
  const json = (value: fc.Arbitrary<unknown>): fc.Arbitrary<Body> => value.map((v) => ({ kind: 'json', value: v }) as Body);
  const atField = (replacement: fc.Arbitrary<unknown>) =>
    fields.length
      ? fc.tuple(valid, fc.constantFrom(...fields), replacement).map(([v, f, r]) => setAt(v, f.path, r))
      : fc.tuple(valid, replacement).map(([, r]) => r);
  const candidates: fc.Arbitrary<Body>[] = [
    json(atField(wrongTyped)),
    json(
      fc
        .tuple(
          valid,
          fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', '')),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([v, k, x]) => withOwnKey(v, k, x)),
    ),
    json(atField(fc.tuple(hugeLengths, fc.constantFrom('x', 'ą', '😀')).map(([n, c]) => c.repeat(Math.ceil(n / c.length))))),
    json(
      atField(
        fc
          .tuple(fc.constantFrom(101, 201, 1_001, 20_000), fc.constantFrom<unknown>('x', 1, '00000000-0000-0000-0000-000000000000'))
          .map(([n, item]) => Array.from({ length: n }, () => item)),
      ),
    ),
    json(atField(fc.tuple(nestingDepths, fc.constantFrom<'array' | 'object'>('array', 'object')).map(([d, k]) => nested(d, k)))),
    json(atField(fc.oneof(unstorable, oddText))),
    json(atField(outOfRange)),
    json(fc.tuple(valid, unstorable).map(([v, bad]) => withOwnKey(v, `key${bad}`, 1))),
    fc.record({ kind: fc.constant('text' as const), text: oddBodyTexts, contentType: fc.constant('application/json') }),
    fc.record({ kind: fc.constant('json' as const), value: valid, contentType: contentTypes }),
    fc.record({
      kind: fc.constant('bytes' as const),
      hex: fc.constantFrom('7b226e616d65223a22ff227d', 'fffe7b007d00', 'c0af', 'efbbbf7b7d'),
      contentType: fc.constant('application/json'),
    }),
    fc.constant<Body>({ kind: 'none' }),
  ];
  if (required.length) candidates.push(json(fc.tuple(valid, fc.constantFrom(...required)).map(([v, key]) => setAt(v, [key], undefined))));
  return fc.oneof(...candidates);
}

/** What a client may put in a path segment, percent-encoded as sent. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    'not-a-uuid',
    '1',
    '-1',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '%00',
    '%ED%A0%80',
    '%C0%AF',
    '%FF',
    '%',
    '%zz',
    '..',
    '%2E%2E',
    '%2F',
    "1'%20OR%201=1",
    'null',
    'undefined',
    '%E2%80%AE',
    'x'.repeat(2_000),
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeText),
);

/** `encodeURIComponent`, except that a lone surrogate becomes its three WTF-8 bytes instead of a throw. */
export function encodeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(char);
  }
  return out;
}

/** A query string the schema accepts, for the operation's query parameters. */
export function validQuery(parameters: Parameter[], ctx: SchemaContext): fc.Arbitrary<string> {
  const query = parameters.filter((p) => p.in === 'query');
  if (!query.length) return fc.constant('');
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of query) {
    // An opaque value (a cursor) is valid only as the server wrote it: one read from an answer, or none.
    if (/^opaque\b/i.test(p.description ?? '')) {
      const known = ctx.dictionary(p.name, p.schema);
      if (known.length) model[p.name] = fc.constantFrom(...known);
    } else model[p.name] = valueOf(p.schema, ctx, p.name);
  }
  return fc.record(model, { requiredKeys: query.filter((p) => p.required && p.name in model).map((p) => p.name) }).map((values) =>
    Object.entries(values)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${encodeText(k)}=${encodeText(String(v))}`)
      .join('&'),
  );
}

const oddQueryValues = fc.constantFrom(
  '',
  'abc',
  '-1',
  '0',
  '1e3',
  '0x10',
  '99999999999999999999',
  '%201',
  '1%20',
  'NaN',
  'null',
  '%00',
  '%ED%A0%80',
  '%',
  '%zz',
  '+',
  '%E2%80%AE',
  'x'.repeat(3_000),
);

/**
 * Odd query strings: unknown keys, repeated keys, `key[]=` and `key[a]=` spellings, values of the
 * wrong shape, malformed percent-encoding, on top of a valid query.
 */
export function hostileQuery(parameters: Parameter[], ctx: SchemaContext): fc.Arbitrary<string> {
  const names = [...parameters.filter((p) => p.in === 'query').map((p) => p.name), 'limit', 'cursor', 'q'];
  const name = fc.oneof(
    fc.constantFrom(...names),
    fc.string({ minLength: 1, maxLength: 8 }).map(encodeText),
    fc.constantFrom('__proto__', 'constructor', '%00'),
  );
  const value = fc.oneof(oddQueryValues, fc.string({ maxLength: 12 }).map(encodeText), cursorLike);
  const extra = fc.tuple(name, fc.constantFrom('', '[]', '[0]', '[a]', '.a'), value).map(([k, suffix, v]) => `${k}${suffix}=${v}`);
  return fc
    .tuple(validQuery(parameters, ctx), fc.array(extra, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '&&', '&=', '&a', '#frag'))
    .map(([q, more, tail]) => [q, ...more].filter(Boolean).join('&') + tail);
}

/** An opaque cursor that decodes to something hostile: the list routes decode it. */
const cursorLike: fc.Arbitrary<string> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.record({
      id: fc.oneof(fc.uuid(), fc.string({ maxLength: 6 }), fc.integer()),
      at: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant('+275760-09-13T00:00:00.000Z')),
    }),
    fc.record({ name: fc.oneof(unstorable, fc.string({ maxLength: 6 })), id: fc.uuid() }),
  )
  .map((value) => Buffer.from(JSON.stringify(value) ?? 'null', 'utf8').toString('base64url'));

/**
 * Extra request headers, from ordinary to hostile. With the longest path and query they stay under
 * Node's 16 KiB limit on the request head: past it the HTTP parser answers before the app exists.
 */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      'accept-language': fc.constantFrom(
        'pl',
        'uk',
        'en',
        'pl-PL,pl;q=0.9,en;q=0.1',
        'uk;q=0.1,en;q=0.2',
        '*',
        'xx-YY',
        'de',
        '',
        ',,,;q=',
        'en;q=abc',
        'pl,'.repeat(1_500),
        'z\u00e9\u00ff',
      ),
      accept: fc.constantFrom('application/xml', '*/*', 'text/html', 'application/problem+json', 'application/json;q=0'),
      'x-api-key': fc.constantFrom('', 'tk_live_x', 'x'.repeat(2_000), 'a%00b'),
      'x-request-id': fc.constantFrom('', 'abc', 'x'.repeat(4_000), '../../', '\u00ff\u00fe'),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', 'not-an-ip', '::1, 10.0.0.1', '999.999.999.999'),
      'x-padding': fc.constantFrom('x'.repeat(1_000), 'y'.repeat(8_000)),
    },
    { requiredKeys: [] },
  )
  .map((headers) => ({ ...headers }) as Record<string, string>)
  .filter((headers) => Object.values(headers).reduce((size, v) => size + v.length, 0) < 9_000);
