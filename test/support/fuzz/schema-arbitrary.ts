// JSON schema -> fast-check arbitrary, for the subset the document uses (OpenAPI 3.0: `type`,
// `nullable`, `enum`, `format` uuid/email/date/date-time, `pattern`, string and array bounds, `uniqueItems`,
// `minimum`/`maximum`, `properties` + `required`, `additionalProperties`, `maxProperties`,
// `allOf`/`oneOf`/`anyOf`, `$ref`, `example`).
//
// Written here rather than taken from a package: the one converter on the registry
// (json-schema-fast-check) is a 0.0.x release without docs or upkeep and knows neither OpenAPI's
// `nullable` nor our field dictionaries; openapi-sampler and json-schema-faker give one sample
// (or their own randomness) instead of arbitraries fast-check can seed and shrink. The subset is
// small, and a keyword it does not know is ignored (the value is then only as valid as the rest
// of the schema makes it: the server answering 400 to it is still held to the contract).
import fc from 'fast-check';
import { deref, OpenApiDocument, Schema } from './contract';

/**
 * Values the fuzz knows by field name, so valid bodies can point at real rows and real secrets:
 * ids of the seeded tenant, emails of its members, the password of the fixture accounts, link
 * tokens read from the mails. Looked up by the field's name (`companyIds` -> the `company` ids).
 */
export type Dictionary = (name: string, schema?: Schema) => readonly unknown[];

/** What {@link valueOf} needs besides the schema. */
export interface SchemaContext {
  document: OpenApiDocument;
  dictionary: Dictionary;
}

const DEPTH_LIMIT = 6;
/** Longest string or array a *valid* value has: the hostile ones are made elsewhere, on purpose. */
const GENERATED_STRING_MAX = 40;
const GENERATED_ARRAY_MAX = 6;

/** An arbitrary of values the schema accepts (as far as the subset goes), for the field `name`. */
export function valueOf(schema: Schema | undefined, ctx: SchemaContext, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = deref(ctx.document, schema);
  if (depth > DEPTH_LIMIT) return fc.constant(null);
  const base = baseValueOf(s, ctx, name, depth);
  const withExample =
    s.example !== undefined ? fc.oneof({ arbitrary: base, weight: 4 }, { arbitrary: fc.constant(s.example), weight: 1 }) : base;
  return s.nullable ? fc.oneof({ arbitrary: withExample, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : withExample;
}

function baseValueOf(s: Schema, ctx: SchemaContext, name: string, depth: number): fc.Arbitrary<unknown> {
  if (s.allOf) return valueOf(mergeAll(ctx.document, s), ctx, name, depth);
  if (s.oneOf || s.anyOf) return fc.oneof(...(s.oneOf ?? s.anyOf).map((part: Schema) => valueOf(part, ctx, name, depth + 1)));
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const bounds = {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? GENERATED_ARRAY_MAX, GENERATED_ARRAY_MAX)),
      };
      const item = valueOf(s.items, ctx, name, depth + 1);
      // `uniqueItems` (the DTOs' @ArrayUnique): a duplicate would be a 400, so valid lists have none.
      return s.uniqueItems ? fc.uniqueArray(item, bounds) : fc.array(item, bounds);
    }
    case 'object':
      return objectOf(s, ctx, name, depth);
    default:
      // `string`, or no type at all (a path parameter declared only as `format: uuid`).
      return stringOf(s, ctx, name);
  }
}

function objectOf(s: Schema, ctx: SchemaContext, name: string, depth: number): fc.Arbitrary<unknown> {
  const properties: Record<string, Schema> = s.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required = new Set<string>(s.required ?? []);
  for (const [key, property] of Object.entries(properties)) {
    const value = valueOf(property, ctx, key, depth + 1);
    // An optional field is left out two times in three (shrinking leaves it out): a body with a
    // dozen optional fields, each present, rarely gets past the rules that tie them together.
    model[key] = required.has(key) ? value : fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: value, weight: 1 });
  }
  const declared = fc
    .record(model)
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<string, unknown>);
  if (!s.additionalProperties) return declared;
  // A map (`attributes`, `settings`, `conditions`): keys the dictionary (`keys:<field>`) or the example knows, or any.
  const knownKeys = [...ctx.dictionary(`keys:${name}`), ...Object.keys(s.example ?? {})].filter((k): k is string => typeof k === 'string');
  const key = knownKeys.length
    ? fc.oneof(fc.constantFrom(...knownKeys), fc.string({ minLength: 1, maxLength: 12 }))
    : fc.string({ maxLength: 12 });
  const value = s.additionalProperties === true ? fc.jsonValue({ maxDepth: 2 }) : valueOf(s.additionalProperties, ctx, '', depth + 1);
  const extra = fc.dictionary(key, value, { maxKeys: Math.min(s.maxProperties ?? 4, 4) });
  return fc.tuple(declared, extra).map(([a, b]) => ({ ...b, ...(a as object) }));
}

function stringOf(s: Schema, ctx: SchemaContext, name: string): fc.Arbitrary<unknown> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? GENERATED_STRING_MAX, GENERATED_STRING_MAX));
  let generated: fc.Arbitrary<string>;
  switch (s.format) {
    case 'uuid':
      generated = fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000'));
      break;
    case 'email':
      generated = fc
        .tuple(
          fc.stringMatching(/^[a-z0-9][a-z0-9.+_-]{0,15}$/),
          fc.constantFrom('example.test', 'przykład.pl', 'EXAMPLE.TEST', 'a.b.c.example'),
        )
        .map(([local, domain]) => `${local.replace(/\.+$/, '')}@${domain}`);
      break;
    case 'date-time':
      generated = fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      break;
    case 'date':
      generated = fc
        .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
      break;
    default:
      generated = s.pattern
        ? fc.stringMatching(new RegExp(s.pattern))
        : fc.oneof(
            { arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: max, unit: 'grapheme-ascii' }), weight: 3 },
            { arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: max, unit: 'grapheme' }), weight: 2 },
            { arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'binary' }), weight: 1 },
          );
  }
  const known = ctx.dictionary(name, s).filter((v) => typeof v === 'string');
  return known.length ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: generated, weight: 2 }) : generated;
}

/** One object schema out of an `allOf` (properties and `required` joined; the rest of each part kept). */
function mergeAll(document: OpenApiDocument, s: Schema): Schema {
  const { allOf, ...rest } = s;
  const merged: Schema = { ...rest };
  for (const part of allOf as Schema[]) {
    const p = deref(document, part.allOf ? mergeAll(document, part) : part);
    Object.assign(merged, { ...p, ...merged });
    if (p.properties) merged.properties = { ...p.properties, ...(merged.properties ?? {}) };
    if (p.required) merged.required = [...new Set([...(merged.required ?? []), ...p.required])];
  }
  return merged;
}

/** The schema with its `allOf` parts merged and its `$ref` followed: the shape mutations work on. */
export function flatten(document: OpenApiDocument, schema: Schema | undefined): Schema {
  const s = deref(document, schema);
  return s.allOf ? mergeAll(document, s) : s;
}
