import { CommonErrorCode, ProblemCodes } from '@tenant-iam/common';
import { SESSION_PROBLEMS } from '@tenant-iam/identity';
import { TenancyErrorCode as E } from '../tenancy-error-code';

/**
 * What any route under `/tenants/:tenantId` can answer before its handler runs (authentication,
 * tenant, ability). Spread into the route's one `@ApiProblems(...)` call, with its own codes.
 */
export const TENANT_PROBLEMS = {
  ...SESSION_PROBLEMS,
  403: [CommonErrorCode.Forbidden, E.MembershipBlocked, E.NoPanelAccess],
  404: [E.TenantNotFound],
} as const satisfies ProblemCodes;
