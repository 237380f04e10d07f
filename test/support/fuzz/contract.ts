// Reads the live OpenAPI document into what the fuzz needs per operation: where its inputs go,
// the schema of its body, the schema of each 2xx answer and the problem codes of each error status.
// Nothing here knows a route by name: a route added later is read the same way.

/** A JSON schema as the document writes it (OpenAPI 3.0: `nullable`, `example`, `$ref` into components). */
export type Schema = Record<string, any>;

/** The OpenAPI document, as far as the fuzz reads it. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One input parameter of an operation. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
  description?: string;
}

/** One operation of the document, with everything its inputs and answers are checked against. */
export interface Operation {
  operationId: string;
  method: string;
  /** The templated path, e.g. `/api/v1/tenants/{tenantId}/companies`. */
  path: string;
  parameters: Parameter[];
  /** The `application/json` request body, when the operation takes one. */
  body?: { schema: Schema; required: boolean };
  /** `security: []`: the operation answers without a token. */
  isPublic: boolean;
  /** Per 2xx status, the JSON schema of the answer (`undefined`: an answer without a body). */
  success: Map<number, Schema | undefined>;
  /** Per error status, the problem `code`s the operation documents. */
  problems: Map<number, Set<string>>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of the document, in document order (sorted paths, then method). */
export function readOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters: Parameter[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: any) => ({
        name: p.name,
        in: p.in,
        required: Boolean(p.required),
        schema: p.schema ?? {},
        description: p.description,
      }));
      const json = operation.requestBody?.content?.['application/json'];
      const success = new Map<number, Schema | undefined>();
      const problems = new Map<number, Set<string>>();
      for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
        const code = Number(status);
        if (code >= 200 && code < 300) success.set(code, response.content?.['application/json']?.schema);
        else problems.set(code, new Set(problemCodes(response)));
      }
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        body: json ? { schema: json.schema ?? {}, required: Boolean(operation.requestBody.required) } : undefined,
        isPublic: Array.isArray(operation.security) && operation.security.length === 0,
        success,
        problems,
      });
    }
  }
  return operations;
}

/** The `code` enum of a problem response (`allOf: [ProblemDetails, { properties: { code: { enum } } }]`). */
function problemCodes(response: any): string[] {
  const schema = response.content?.['application/problem+json']?.schema;
  const parts: Schema[] = schema?.allOf ?? (schema ? [schema] : []);
  return parts.flatMap((part) => part?.properties?.code?.enum ?? []);
}

/**
 * The answers every operation of the document lists, status by status (the codes present on all
 * of them): what the document itself says any route may answer. Today that is `500 INTERNAL`,
 * which the document builder adds to every operation; nothing is assumed beyond what it lists.
 */
export function problemsOnEveryOperation(operations: Operation[]): Map<number, Set<string>> {
  const common = new Map<number, Set<string>>();
  operations.forEach((operation, index) => {
    if (index === 0) {
      for (const [status, codes] of operation.problems) common.set(status, new Set(codes));
      return;
    }
    for (const [status, codes] of common) {
      const theirs = operation.problems.get(status);
      for (const code of codes) if (!theirs?.has(code)) codes.delete(code);
      if (!codes.size) common.delete(status);
    }
  });
  return common;
}

/** Follows `$ref`s into `components.schemas` until a schema that is not a reference. */
export function deref(document: OpenApiDocument, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 32; hops++) {
    const name = String(current.$ref).replace('#/components/schemas/', '');
    current = document.components?.schemas?.[name] ?? {};
  }
  return current;
}
