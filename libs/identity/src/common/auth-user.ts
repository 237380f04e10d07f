import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

/** The authenticated caller, attached to the request by the JWT guard. */
export interface AuthUser {
  userId: string;
  sessionId: string;
  email: string;
}

/** Claims of an access JWT. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

export const IS_PUBLIC_KEY = 'identity:isPublic';
export const OPTIONAL_AUTH_KEY = 'identity:optionalAuth';

/**
 * Marks a route as reachable without a session. Every other route requires one (deny by default).
 * The OpenAPI document says so too, from this one mark: `[{}]`, one requirement that asks for
 * nothing (nestjs/swagger drops an empty list on a method; the app's document builder writes it
 * as the canonical `security: []`).
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), SetMetadata(DECORATORS.API_SECURITY, [{}]));

/**
 * Public route that still reads a valid bearer token when one is sent (`@CurrentUser()` may be
 * undefined). In the OpenAPI document: no credentials, or the bearer token.
 */
export const OptionalAuth = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(OPTIONAL_AUTH_KEY, true), SetMetadata(DECORATORS.API_SECURITY, [{}, { bearer: [] }]));

/** Injects the {@link AuthUser} of the request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user,
);

/** The client IP and user agent of a request, for sessions and throttling. */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

export const Client = createParamDecorator((_: unknown, ctx: ExecutionContext): ClientInfo => {
  const request = ctx.switchToHttp().getRequest<{ ip?: string; headers: Record<string, string | undefined> }>();
  return { ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 512) };
});
