// What every answer must be, whatever was asked: no 5xx; an error is application/problem+json
// with a `code` the operation documents for that status (or the document lists on every
// operation); a success has a status the operation documents and a body its schema accepts.
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OpenApiDocument, Operation, Schema } from './contract';
import { HttpAnswer } from './http';

/** Internals that must never reach a client (the same patterns the problem helper refuses). */
const LEAK =
  /\bat .+\.(ts|js):\d+|QueryFailedError|TypeORMError|SELECT |INSERT INTO|UPDATE .+ SET|duplicate key value|violates .* constraint/;

/**
 * OpenAPI 3.0 schema -> JSON Schema for ajv: `nullable` becomes a `null` alternative (ajv's own
 * `nullable` needs a `type` beside it, which `allOf` wrappers lack), and `$ref`s point into the
 * document added under `openapi`.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, example: _example, ...rest } = schema as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref') out.$ref = String(value).replace(/^#/, 'openapi#');
    else if (key === 'properties')
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)]));
    else if (key === 'enum' || key === 'required' || key === 'default') out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (nullable) {
    if (out.enum) out.enum = [...out.enum, null];
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** Checks answers against one document; compiles each schema once. */
export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: OpenApiDocument,
    /** Per status, the codes the document lists on every operation (see `problemsOnEveryOperation`). */
    private readonly everywhere: Map<number, Set<string>>,
  ) {
    // Extra properties are allowed unless the document says `additionalProperties: false`, as it would for a client.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ components: toJsonSchema(document.components ?? {}) } as object, 'openapi');
  }

  /** The broken promises of one answer to `operation` (empty: it kept them all). */
  violations(operation: Operation, answer: HttpAnswer): string[] {
    const found: string[] = [];
    const contentType = String(answer.headers['content-type'] ?? '');
    if (answer.status >= 500) found.push(`a ${answer.status}: no input may cause a server error`);
    if (answer.status >= 200 && answer.status < 300) {
      if (!operation.success.has(answer.status))
        found.push(`${answer.status} is not a success status the operation documents (${[...operation.success.keys()].join(', ')})`);
      const schema = operation.success.get(answer.status);
      if (schema) {
        if (!/^application\/json\b/.test(contentType))
          found.push(`a ${answer.status} documented as application/json came as "${contentType}"`);
        else {
          const validate = this.validator(`${operation.operationId}:${answer.status}`, schema);
          if (!validate(answer.json))
            found.push(`the ${answer.status} body does not match its schema: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`);
        }
      } else if (operation.success.has(answer.status) && answer.text.length && answer.status === 204) {
        found.push('a 204 with a body');
      }
      return found;
    }
    // Successes echo what was sent (a company named "SELECT 1"); errors never show internals.
    if (LEAK.test(answer.text)) found.push('the answer shows server internals (a stack frame or SQL)');
    if (!/^application\/problem\+json\b/.test(contentType)) {
      found.push(`a ${answer.status} that is not application/problem+json (content-type "${contentType}")`);
      return found;
    }
    const problem = answer.json as Record<string, unknown> | undefined;
    const shape = this.validator('ProblemDetails', { $ref: '#/components/schemas/ProblemDetails' });
    if (!shape(problem)) found.push(`the problem does not match ProblemDetails: ${this.ajv.errorsText(shape.errors, { separator: '; ' })}`);
    if (problem?.status !== answer.status) found.push(`the problem says status ${String(problem?.status)} on a ${answer.status}`);
    const code = String(problem?.code);
    const documented = new Set([...(operation.problems.get(answer.status) ?? []), ...(this.everywhere.get(answer.status) ?? [])]);
    if (!documented.size) found.push(`${answer.status} ${code}: the operation documents no ${answer.status} answer`);
    else if (!documented.has(code))
      found.push(`${answer.status} ${code}: not a code the operation documents for ${answer.status} (${[...documented].join(', ')})`);
    return found;
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
