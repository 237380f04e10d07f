import { applyDecorators, SetMetadata } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { OptionalAuth } from '@tenant-iam/identity';

/** Metadata key of {@link AllowApiKey}. */
export const ALLOW_API_KEY_KEY = 'tenancy:allowApiKey';

/** The request header a machine caller presents its organisation's key in. */
export const API_KEY_HEADER = 'x-api-key';

/**
 * Opens a tenant route (one with `@Can(action, subject)`) to the organisation's API key: a
 * request with `X-Api-Key` and no bearer token acts as the organisation (actor `apiKey`), through
 * the same guard and services as a member. The key's ability on such a route is exactly the
 * route's `@Can` pair: a key can do what machine-callable routes are marked for, nothing else.
 * Routes without it refuse keys (401: the bearer token is missing). A bearer token, when sent,
 * wins over the key.
 *
 * @example
 * \@Get('search') \@Can('run', 'InsolvencySearch') \@AllowApiKey() \@Metered('search')
 */
export const AllowApiKey = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ALLOW_API_KEY_KEY, true),
    // The session guard lets a request without a bearer token through to the tenant resolver,
    // which then requires the key (or answers 401).
    OptionalAuth(),
    SetMetadata(DECORATORS.API_SECURITY, [{ bearer: [] }, { apiKey: [] }]),
  );
