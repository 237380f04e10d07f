import { normalizeEmail } from '@tenant-iam/identity';
import { BUILT_IN_PLANS, parsePlans, TenancyPlans } from './plans/plans';

/** Options of {@link TenancyModule}; every one has a default. */
export interface TenancyModuleOptions {
  /**
   * The plans a tenant may be on (seats, quotas) and the default one. Default
   * {@link BUILT_IN_PLANS}: one plan, `basic`, with 10 seats and no quotas. The reference app reads
   * it from the JSON file named by `PLANS_FILE`.
   */
  plans?: TenancyPlans;
  /**
   * Emails of the platform operators: accounts that may act on every tenant (plans, support). Any
   * spelling: they are normalised like login emails. Default none.
   */
  platformAdmins?: string[];
  /**
   * How long an invitation (and each resent link) stays valid, in ms. Default 7 days; the reference
   * app reads `INVITATION_TTL`. At least one minute.
   */
  invitationTtl?: number;
  /**
   * Seals the stored copy of each organisation's API key (AES-256-GCM, key derived from it), so
   * members allowed to read the key see it. At least 16 characters; the reference app passes the
   * secret it seals outbox payloads with. Without it, API keys are off: no key is made and the
   * API-key routes answer 503 `API_KEY_NOT_CONFIGURED`.
   */
  secret?: string;
  /** How long a rotated-out API key keeps working, in ms. Default 24 h (`API_KEY_ROTATION_GRACE`). */
  apiKeyRotationGrace?: number;
}

/** {@link TenancyModuleOptions} checked, with defaults applied and emails normalised. */
export interface ResolvedTenancyOptions {
  plans: TenancyPlans;
  /** Normalised (identity's `normalizeEmail`), without duplicates. */
  platformAdmins: string[];
  /** Lifetime of an invitation's link, in ms. */
  invitationTtl: number;
  /** Null: API keys are off. */
  secret: string | null;
  apiKeyRotationGrace: number;
}

/** Default of {@link TenancyModuleOptions.apiKeyRotationGrace}: 24 h. */
export const DEFAULT_API_KEY_ROTATION_GRACE = 24 * 60 * 60 * 1000;

/**
 * DI token of the {@link ResolvedTenancyOptions} (a Symbol).
 *
 * @example
 * constructor(@Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions) {}
 */
export const TENANCY_OPTIONS = Symbol('TENANCY_OPTIONS');

/** Default lifetime of an invitation: 7 days. */
export const DEFAULT_INVITATION_TTL = 7 * 24 * 3_600_000;

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Applies the defaults and checks the options, so a wrong deployment fails at start.
 * @throws Error naming the option: `TenancyModule: plans: plans.basic.seats must be a positive integer`,
 *   `TenancyModule: platformAdmins[1] is not an email address`.
 */
export function resolveTenancyOptions(options: TenancyModuleOptions = {}): ResolvedTenancyOptions {
  let plans: TenancyPlans;
  try {
    plans = parsePlans(options.plans ?? BUILT_IN_PLANS);
  } catch (error) {
    throw new Error(`TenancyModule: plans: ${(error as Error).message}`);
  }
  const admins = options.platformAdmins ?? [];
  if (!Array.isArray(admins)) throw new Error('TenancyModule: platformAdmins must be a list of emails');
  const platformAdmins = admins.map((email, i) => {
    const normalized = typeof email === 'string' ? normalizeEmail(email) : '';
    if (!EMAIL.test(normalized)) throw new Error(`TenancyModule: platformAdmins[${i}] is not an email address`);
    return normalized;
  });
  const invitationTtl = options.invitationTtl ?? DEFAULT_INVITATION_TTL;
  if (!Number.isSafeInteger(invitationTtl) || invitationTtl < 60_000) {
    throw new Error('TenancyModule: invitationTtl must be a whole number of milliseconds, at least one minute');
  }
  const secret = options.secret ?? null;
  if (secret !== null && (typeof secret !== 'string' || secret.length < 16))
    throw new Error('TenancyModule: secret must be at least 16 characters');
  const grace = options.apiKeyRotationGrace ?? DEFAULT_API_KEY_ROTATION_GRACE;
  if (!Number.isSafeInteger(grace) || grace < 0)
    throw new Error('TenancyModule: apiKeyRotationGrace must be a non-negative number of milliseconds');
  return { plans, platformAdmins: [...new Set(platformAdmins)], invitationTtl, secret, apiKeyRotationGrace: grace };
}
