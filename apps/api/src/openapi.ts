import { CommonErrorCode, problemResponse, ProblemDetails } from '@tenant-iam/common';
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
    for (const operation of Object.values(item) as OperationObject[]) {
      operation.responses['500'] ??= internal as ResponseObject;
      // `@Public()` says `[{}]` (a requirement asking for nothing); `[]` is the canonical spelling.
      if (operation.security?.length === 1 && Object.keys(operation.security[0]).length === 0) operation.security = [];
    }
  }
  document.paths = sortKeys(document.paths);
  if (document.components?.schemas) document.components.schemas = sortKeys(document.components.schemas);
  return document;
}

function sortKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
