import { CommonErrorCode, mergeProblemCodes, PROBLEM_MEDIA_TYPE, ProblemCodes, problemResponse, ProblemDetails } from '@tenant-iam/common';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, OperationObject, ResponseObject, SwaggerModule } from '@nestjs/swagger';

/** Tags in the order the docs show them. */
const TAGS: [name: string, description: string][] = [
  ['auth', 'Sign-up, verification, login, refresh, logout, password reset, email change links'],
  ['me', "The caller's own account: profile, password, email, sessions, organisations"],
  ['operations', 'Probes for load balancers and orchestrators (outside `/api/v1`)'],
  ['dev', 'Embedded mode only: the local mailbox'],
];

/**
 * The OpenAPI document of the app, as served at `/api/docs-json` and snapshotted in
 * `docs/openapi.json`. Call it after the global prefix is set: paths carry it.
 *
 * Conventions the routes follow (and `npm run lint:openapi` checks):
 * - every operation has an explicit, camelCase `operationId` (`@ApiOperation({ operationId })`):
 *   it is a name generated clients use, so renaming a TypeScript method must not change it.
 *   Without one, the id falls back to `Controller_method`, which the lint refuses;
 * - bearer auth is the document-wide default; `@Public()` routes say `security: []`;
 * - error answers are declared with `@ApiProblems(...)` (problem+json with their codes).
 *
 * Paths and schemas are sorted, so the document does not depend on module import order and a
 * merge of two branches regenerates the same bytes.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Tenant-aware identity and access API')
    .setDescription(
      'Identity, tenancy and permissions for B2B SaaS. Errors are RFC 9457 `application/problem+json` with a stable `code`; messages follow `Accept-Language` (en, pl, uk).',
    )
    .setVersion('0.1.0')
    // Relative: the API answers on the origin that serves this document, whatever the deployment.
    .addServer('/', 'The server that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'apiKey')
    .addSecurityRequirements('bearer');
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const config = builder.build();
  config.info.license = { name: 'UNLICENSED (proprietary)' };
  delete config.info.contact; // DocumentBuilder's default is an empty object

  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetails],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}`,
  });
  // Any route can fail unexpectedly: logged on the server, never echoed. Added here rather than
  // with DocumentBuilder.addGlobalResponse, whose storage is process-wide.
  const { status: _, ...internal } = problemResponse(500, [CommonErrorCode.Internal]);
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      operation.responses['500'] ??= internal as ResponseObject;
      addEdgeProblems(method, operation);
      // `@Public()` says `[{}]` (a requirement asking for nothing); `[]` is the canonical spelling.
      if (operation.security?.length === 1 && Object.keys(operation.security[0]).length === 0) operation.security = [];
    }
  }
  document.paths = sortKeys(document.paths);
  if (document.components?.schemas) document.components.schemas = sortKeys(document.components.schemas);
  return document;
}

/** Methods whose requests the HTTP layer reads a body of (Fastify parses none for GET). */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Answers the HTTP layer (`bootstrap.ts`) gives before a route's own code runs, so every route
 * can give them, whatever its decorators say:
 * - any route: 400 `VALIDATION_FAILED` for text PostgreSQL cannot store in the query string or
 *   path (U+0000, lone surrogates);
 * - a route with path parameters: 400 `BAD_REQUEST` for a path the router cannot read;
 * - a method with a body, whether or not the route takes one: the JSON limits and parse errors,
 *   413 over the size limit, 415 for a Content-Type without a parser.
 * The contract fuzz (`test/security/contract-fuzz.e2e-spec.ts`) holds every route to this list.
 */
function addEdgeProblems(method: string, operation: OperationObject): void {
  const edge: ProblemCodes[] = [{ 400: [CommonErrorCode.ValidationFailed] }];
  if (operation.parameters?.some((p) => 'in' in p && p.in === 'path')) edge.push({ 400: [CommonErrorCode.BadRequest] });
  if (BODY_METHODS.has(method)) {
    edge.push({
      400: [CommonErrorCode.MalformedBody, CommonErrorCode.BodyTooDeep, CommonErrorCode.BodyTooManyValues],
      413: [CommonErrorCode.PayloadTooLarge],
      415: [CommonErrorCode.UnsupportedMediaType],
    });
  }
  const declared: ProblemCodes = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    const codes = (response as ResponseObject).content?.[PROBLEM_MEDIA_TYPE]?.schema;
    const enumOf = (codes as { allOf?: { properties?: { code?: { enum?: string[] } } }[] } | undefined)?.allOf?.[1]?.properties?.code?.enum;
    if (enumOf) (declared as Record<string, string[]>)[status] = enumOf;
  }
  for (const [status, codes] of mergeProblemCodes(declared, ...edge)) {
    const { status: _, ...response } = problemResponse(status, codes);
    operation.responses[String(status)] = response as ResponseObject;
  }
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => Number(a) - Number(b)));
}

function sortKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
