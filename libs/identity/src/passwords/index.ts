/**
 * Passwords: argon2id hashing ({@link PasswordHasher}), the policy type and its combination rules
 * ({@link PasswordPolicy}, {@link stricterOf}), the policy check ({@link PasswordPolicyService}),
 * the Have I Been Pwned range check ({@link BreachedPasswordChecker}) and their messages.
 */
export * from './breached-password.checker';
export * from './hash-pool';
export * from './password-error-code';
export * from './password-hasher';
export * from './password-policy';
export * from './password-policy.service';
export * from './passwords.messages';
