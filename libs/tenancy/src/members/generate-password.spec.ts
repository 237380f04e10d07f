import { DEFAULT_PASSWORD_POLICY } from '@tenant-iam/identity';
import { GENERATED_PASSWORD_LENGTH, generatePassword } from './generate-password';

describe('generatePassword', () => {
  it('makes long passwords with every character class, all printable ASCII, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword(DEFAULT_PASSWORD_POLICY);
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
      expect(password).toMatch(/^[\x21-\x7e]+$/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });

  it('follows a longer minimum and a shorter maximum', () => {
    expect(generatePassword({ minLength: 32, maxLength: 64 })).toHaveLength(32);
    expect(generatePassword({ minLength: 8, maxLength: 12 })).toHaveLength(12);
  });
});
