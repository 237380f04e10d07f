import { Inject, Injectable } from '@nestjs/common';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy } from '../passwords';

/**
 * Port: which password policy applies to a user. The default answers the account-wide policy from
 * the module options. Plug another with `IdentityModuleOptions.passwordPolicyResolver` (tenancy
 * does, so a tenant's stricter rules apply to its members wherever they choose a password).
 *
 * @example
 * IdentityModule.forRootAsync({
 *   imports: [PoliciesModule],
 *   inject: [StrictPolicies],
 *   useFactory: (strict: StrictPolicies) => ({ accessTokenPrivateKey, passwordPolicyResolver: strict }),
 * })
 */
export abstract class PasswordPolicyResolver {
  /** `userId` is null for a sign-up (no account yet). */
  abstract forUser(userId: string | null): Promise<PasswordPolicy>;
}

/** The account-wide policy: the defaults overlaid with `IdentityModuleOptions.passwordPolicy`. */
@Injectable()
export class AccountPasswordPolicyResolver extends PasswordPolicyResolver {
  private readonly policy: PasswordPolicy;

  constructor(@Inject(IDENTITY_OPTIONS) options: ResolvedIdentityOptions) {
    super();
    this.policy = { ...DEFAULT_PASSWORD_POLICY, ...options.passwordPolicy };
  }

  async forUser(): Promise<PasswordPolicy> {
    return this.policy;
  }
}
