import type { ProblemCodes } from '@tenant-iam/common';
import { ApiKeyErrorCode } from './api-key-error-code';

/**
 * What an `@AllowApiKey()` route answers beyond the tenant problems: 401 `API_KEY_INVALID` for an
 * unknown or rotated-out key. Give it to the route's `@ApiProblems(...)` beside `TENANT_PROBLEMS`
 * (sets merge status by status).
 */
export const API_KEY_PROBLEMS = { 401: [ApiKeyErrorCode.ApiKeyInvalid] } as const satisfies ProblemCodes;
