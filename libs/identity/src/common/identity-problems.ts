import { CommonErrorCode, ProblemCodes } from '@tenant-iam/common';
import { PasswordErrorCode } from '../passwords/password-error-code';
import { IdentityErrorCode as E } from './identity-error-code';

/**
 * What any route behind the identity guard can answer before its handler runs: no or a bad
 * token, an expired access token, a revoked session (or one a newer login replaced), a disabled account. Spread into
 * `@ApiProblems(...)` on every authenticated route, including a host app's own.
 */
export const SESSION_PROBLEMS = {
  401: [CommonErrorCode.Unauthorized, E.AccessTokenExpired, E.SessionRevoked, E.SessionReplaced, E.AccountDisabled],
} as const satisfies ProblemCodes;

/** A link token from a mail that is unknown, of another purpose, expired or already used. */
export const LINK_TOKEN_PROBLEMS = {
  400: [E.TokenInvalid],
  410: [E.TokenExpired, E.TokenUsed],
} as const satisfies ProblemCodes;

/**
 * A new password checked against the policy and hashed; 503 when the breach check fails closed, or
 * when the hashing threads cannot take the job (shutting down, overloaded).
 */
export const NEW_PASSWORD_PROBLEMS = {
  422: [PasswordErrorCode.Policy],
  503: [PasswordErrorCode.CheckUnavailable, CommonErrorCode.ServiceUnavailable],
} as const satisfies ProblemCodes;
