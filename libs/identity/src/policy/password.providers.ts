import { Provider } from '@nestjs/common';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import {
  BREACHED_PASSWORD_OPTIONS,
  BreachedPasswordChecker,
  BreachedPasswordOptions,
  HASH_POOL_OPTIONS,
  PasswordHasher,
  PasswordPolicyService,
} from '../passwords';

/** Hashing, policy and breached-check providers, configured from the identity options. */
export const PASSWORD_PROVIDERS: Provider[] = [
  {
    provide: BREACHED_PASSWORD_OPTIONS,
    useFactory: (o: ResolvedIdentityOptions): Partial<BreachedPasswordOptions> => ({
      baseUrl: o.pwnedPasswordsUrl,
      failure: o.pwnedPasswordsFailure,
    }),
    inject: [IDENTITY_OPTIONS],
  },
  BreachedPasswordChecker,
  { provide: HASH_POOL_OPTIONS, useFactory: (o: ResolvedIdentityOptions) => o.passwordHashing ?? {}, inject: [IDENTITY_OPTIONS] },
  PasswordHasher,
  PasswordPolicyService,
];
