import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

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

/** Marks a route as reachable without a session. Every other route requires one (deny by default). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** Public route that still reads a valid bearer token when one is sent (`@CurrentUser()` may be undefined). */
export const OptionalAuth = (): MethodDecorator & ClassDecorator => SetMetadata(OPTIONAL_AUTH_KEY, true);

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
