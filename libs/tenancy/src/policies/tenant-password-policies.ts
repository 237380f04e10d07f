import { DEFAULT_PASSWORD_POLICY, PasswordPolicy, PasswordPolicyResolver, stricterOf } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { TenantPoliciesRepository } from './tenant-policies.repository';
import { readPasswordPolicyOverride } from './tenant-settings';

/**
 * Tenancy's implementation of identity's {@link PasswordPolicyResolver} port: a member's password
 * must meet the account-wide policy made stricter by the `passwordPolicy` of every tenant they
 * belong to, wherever they choose it (set-password link, reset, change).
 *
 * Built by the host inside identity's `forRootAsync` factory, where Nest cannot inject into it,
 * so it builds its repository from the data source it is given.
 *
 * @example
 * IdentityModule.forRootAsync({
 *   inject: [DataSource, APP_CONFIG],
 *   useFactory: (dataSource: DataSource, c: AppConfig) => ({
 *     passwordPolicy: c.passwordPolicy,
 *     passwordPolicyResolver: new TenantPasswordPolicies(dataSource, c.passwordPolicy),
 *     // ...
 *   }),
 * })
 */
export class TenantPasswordPolicies extends PasswordPolicyResolver {
  /** The account-wide policy: identity's defaults overlaid with `accountPolicy`. */
  readonly accountPolicy: PasswordPolicy;
  private readonly repository: TenantPoliciesRepository;

  /** @param accountPolicy the account-wide policy, as given to identity's `passwordPolicy` option. */
  constructor(dataSource: DataSource, accountPolicy: Partial<PasswordPolicy>) {
    super();
    this.accountPolicy = Object.freeze({ ...DEFAULT_PASSWORD_POLICY, ...accountPolicy });
    this.repository = new TenantPoliciesRepository(dataSource);
  }

  /** The account policy for a sign-up (`null`); for a user, the strictest of it and their tenants' policies (one query). */
  async forUser(userId: string | null): Promise<PasswordPolicy> {
    if (userId === null) return { ...this.accountPolicy };
    return this.combine(await this.repository.passwordPoliciesOfUser(userId));
  }

  /**
   * The account policy made stricter by one tenant's: for an account created by that tenant with
   * a password chosen there (the user belongs to no tenant yet). An unknown tenant adds nothing.
   */
  async forTenant(tenantId: string): Promise<PasswordPolicy> {
    const stored = await this.repository.passwordPolicyOfTenant(tenantId);
    return this.combine(stored === undefined ? [] : [stored]);
  }

  private combine(stored: unknown[]): PasswordPolicy {
    let policy: PasswordPolicy = { ...this.accountPolicy };
    for (const override of stored) policy = stricterOf(policy, readPasswordPolicyOverride(override));
    // Each tenant's policy is satisfiable on its own (checked when saved), but one tenant's
    // minLength may exceed another's maxLength. The minimum is the security rule and the maximum a
    // convenience, so the maximum gives way rather than leave the member no possible password.
    if (policy.minLength > policy.maxLength) policy.maxLength = policy.minLength;
    return policy;
  }
}
