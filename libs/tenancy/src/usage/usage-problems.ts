import type { ProblemCodes } from '@tenant-iam/common';
import { UsageErrorCode } from './usage-error-code';

/** What a `@Metered` route answers beyond the tenant problems: 429 `QUOTA_EXCEEDED`. */
export const USAGE_PROBLEMS = { 429: [UsageErrorCode.QuotaExceeded] } as const satisfies ProblemCodes;
