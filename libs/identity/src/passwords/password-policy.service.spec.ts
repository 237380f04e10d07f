import { Logger } from '@nestjs/common';
import { FakePwnedServer, startFakePwnedServer } from '../../../../test/support/fake-pwned-server';
import { BreachedPasswordChecker, BreachedPasswordOptions } from './breached-password.checker';
import { PasswordPolicy } from './password-policy';
import { codePointLength, PasswordPolicyService } from './password-policy.service';
import { rejection } from '../../../../test/support/coded';

// Only the rule under test is switched on; strength and breach have their own blocks.
const LOOSE: PasswordPolicy = {
  minLength: 1,
  maxLength: 1024,
  requireLower: false,
  requireUpper: false,
  requireDigit: false,
  requireSymbol: false,
  allowedCharacters: 'any',
  minStrength: 0,
  rejectBreached: false,
};

const STRONG = 'vivid-otter-marble-canyon-42';
const BREACHED_STRONG = 'quiet-harbor-lantern-meadow-17';

const offline = new PasswordPolicyService(new BreachedPasswordChecker({ baseUrl: null }));

async function codes(password: string, policy: Partial<PasswordPolicy>, userInputs?: string[]): Promise<string[]> {
  const violations = await offline.check(password, { ...LOOSE, ...policy }, { userInputs });
  return violations.map((v) => v.code);
}

describe('PasswordPolicyService', () => {
  describe('length', () => {
    it('reports PASSWORD_TOO_SHORT with {min}', async () => {
      await expect(offline.check('short', { ...LOOSE, minLength: 6 })).resolves.toEqual([
        { code: 'PASSWORD_TOO_SHORT', params: { min: 6 } },
      ]);
      await expect(codes('sixsix', { minLength: 6 })).resolves.toEqual([]);
    });

    it('reports PASSWORD_TOO_LONG with {max}', async () => {
      await expect(offline.check('x'.repeat(11), { ...LOOSE, maxLength: 10 })).resolves.toEqual([
        { code: 'PASSWORD_TOO_LONG', params: { max: 10 } },
      ]);
      await expect(codes('x'.repeat(10), { maxLength: 10 })).resolves.toEqual([]);
    });

    it('counts Unicode code points, not UTF-16 units', async () => {
      const emoji = '😀'.repeat(10); // 20 UTF-16 units
      expect(emoji.length).toBe(20);
      await expect(codes(emoji, { minLength: 10, maxLength: 10 })).resolves.toEqual([]);
      await expect(codes('😀'.repeat(9), { minLength: 10 })).resolves.toEqual(['PASSWORD_TOO_SHORT']);
      await expect(codes('😀'.repeat(11), { maxLength: 10 })).resolves.toEqual(['PASSWORD_TOO_LONG']);
      await expect(codes('źdźbło żółw', { minLength: 11, maxLength: 11 })).resolves.toEqual([]);
      await expect(codes('𝒜𝒷𝒸', { minLength: 3, maxLength: 3 })).resolves.toEqual([]);
    });

    it('codePointLength counts astral characters once and lone surrogates once', () => {
      expect(codePointLength('')).toBe(0);
      expect(codePointLength('abc')).toBe(3);
      expect(codePointLength('👍🏽')).toBe(2); // thumbs up + skin tone modifier
      expect(codePointLength('a\uD83Db')).toBe(3);
      expect(codePointLength('e\u0301')).toBe(2); // decomposed é: taken as given, no normalisation
    });
  });

  describe('character classes', () => {
    it('reports PASSWORD_NEEDS_LOWER', async () => {
      await expect(codes('ABCDEF123', { requireLower: true })).resolves.toEqual(['PASSWORD_NEEDS_LOWER']);
      await expect(codes('ABCDEf123', { requireLower: true })).resolves.toEqual([]);
      await expect(codes('ПАРОЛЬж', { requireLower: true })).resolves.toEqual([]);
    });

    it('reports PASSWORD_NEEDS_UPPER', async () => {
      await expect(codes('abcdef123', { requireUpper: true })).resolves.toEqual(['PASSWORD_NEEDS_UPPER']);
      await expect(codes('abcdeF123', { requireUpper: true })).resolves.toEqual([]);
      await expect(codes('żółwŻ', { requireUpper: true })).resolves.toEqual([]);
    });

    it('reports PASSWORD_NEEDS_DIGIT', async () => {
      await expect(codes('abcdefgh!', { requireDigit: true })).resolves.toEqual(['PASSWORD_NEEDS_DIGIT']);
      await expect(codes('abcdefgh7', { requireDigit: true })).resolves.toEqual([]);
    });

    it('reports PASSWORD_NEEDS_SYMBOL; a space is not a symbol', async () => {
      await expect(codes('abc def 12', { requireSymbol: true })).resolves.toEqual(['PASSWORD_NEEDS_SYMBOL']);
      for (const password of ['abc!def', 'abc~def', 'abc`def', 'cena 5€', 'a—b', 'smile😀']) {
        await expect(codes(password, { requireSymbol: true })).resolves.toEqual([]);
      }
    });

    it('reports PASSWORD_CHARACTERS_NOT_ALLOWED outside Latin letters, digits, ASCII symbols and the space', async () => {
      const latin = { allowedCharacters: 'latin-digits-symbols' as const };
      await expect(codes('Correct horse 42! ~`{}|\\"\'', latin)).resolves.toEqual([]);
      for (const password of ['zażółć', 'пароль', 'tab\there', 'nbsp\u00a0here', 'emoji😀', 'new\nline', 'e\u0301']) {
        await expect(codes(password, latin)).resolves.toEqual(['PASSWORD_CHARACTERS_NOT_ALLOWED']);
      }
      await expect(codes('zażółć пароль 😀', { allowedCharacters: 'any' })).resolves.toEqual([]);
    });
  });

  describe('strength', () => {
    it('reports PASSWORD_TOO_WEAK with {minStrength, score}', async () => {
      const [violation] = await offline.check('password1234', { ...LOOSE, minStrength: 2 });
      expect(violation).toEqual({ code: 'PASSWORD_TOO_WEAK', params: { minStrength: 2, score: expect.any(Number) } });
      expect(violation.params?.score).toBeLessThan(2);
      await expect(codes('qwertyuiop', { minStrength: 1 })).resolves.toEqual(['PASSWORD_TOO_WEAK']);
    });

    it('accepts strong passwords', async () => {
      await expect(codes(STRONG, { minStrength: 4 })).resolves.toEqual([]);
      await expect(codes('correct horse battery staple', { minStrength: 3 })).resolves.toEqual([]);
    });

    it('does not estimate when minStrength is 0', async () => {
      await expect(codes('password', { minStrength: 0 })).resolves.toEqual([]);
    });

    it('treats the email and names as guessable words', async () => {
      const person = ['jan.kowalski@example.com', 'Jan', 'Kowalski'];
      await expect(codes('jan.kowalski2024', { minStrength: 2 })).resolves.toEqual([]);
      await expect(codes('jan.kowalski2024', { minStrength: 2 }, person)).resolves.toEqual(['PASSWORD_TOO_WEAK']);
      await expect(codes('Kowalski1990', { minStrength: 2 }, person)).resolves.toEqual(['PASSWORD_TOO_WEAK']);
      await expect(codes(STRONG, { minStrength: 4 }, person)).resolves.toEqual([]);
    });

    it('stays fast on long random input', async () => {
      const random = Array.from({ length: 1024 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('');
      const started = Date.now();
      await expect(codes(random, { minStrength: 4 })).resolves.toEqual([]);
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  it('reports every broken rule, in a fixed order', async () => {
    const policy: PasswordPolicy = {
      ...LOOSE,
      minLength: 12,
      requireLower: true,
      requireUpper: true,
      requireDigit: true,
      requireSymbol: true,
      allowedCharacters: 'latin-digits-symbols',
      minStrength: 3,
    };
    await expect(offline.check('ŻÓŁW', policy)).resolves.toEqual([
      { code: 'PASSWORD_TOO_SHORT', params: { min: 12 } },
      { code: 'PASSWORD_NEEDS_LOWER' },
      { code: 'PASSWORD_NEEDS_DIGIT' },
      { code: 'PASSWORD_NEEDS_SYMBOL' },
      { code: 'PASSWORD_CHARACTERS_NOT_ALLOWED' },
      // No strength estimate: an earlier rule already refused it (password-policy.service.strength.spec.ts).
    ]);
    await expect(codes('x'.repeat(30), { maxLength: 20, requireUpper: true })).resolves.toEqual([
      'PASSWORD_TOO_LONG',
      'PASSWORD_NEEDS_UPPER',
    ]);
  });

  describe('assert', () => {
    it('resolves when no rule is broken', async () => {
      await expect(offline.assert(STRONG, { ...LOOSE, minLength: 10, minStrength: 3 })).resolves.toBeUndefined();
    });

    it('throws 422 PASSWORD_POLICY with one field error per broken rule', async () => {
      const error = await rejection(offline.assert('abc', { ...LOOSE, minLength: 10, requireDigit: true }));
      expect(error.getStatus()).toBe(422);
      expect(error.code).toBe('PASSWORD_POLICY');
      expect(error.params).toBeUndefined();
      expect(error.errors).toEqual([
        { field: 'password', code: 'PASSWORD_TOO_SHORT', params: { min: 10 } },
        { field: 'password', code: 'PASSWORD_NEEDS_DIGIT', params: undefined },
      ]);
    });

    it('reports under the given field name', async () => {
      const error = await rejection(offline.assert('abc', { ...LOOSE, minLength: 10 }, {}, 'newPassword'));
      expect(error.errors?.map((e) => e.field)).toEqual(['newPassword']);
    });
  });

  describe('breached passwords', () => {
    let pwned: FakePwnedServer;
    const service = (options: Partial<BreachedPasswordOptions> = {}) =>
      new PasswordPolicyService(new BreachedPasswordChecker({ baseUrl: pwned.url, timeoutMs: 200, ...options }));
    const policy: PasswordPolicy = { ...LOOSE, minLength: 10, rejectBreached: true };

    beforeEach(async () => {
      jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      pwned = await startFakePwnedServer([BREACHED_STRONG, 'P@ssw0rd']);
    });
    afterEach(async () => {
      jest.restoreAllMocks();
      await pwned.close();
    });

    it('reports PASSWORD_BREACHED, after the other rules', async () => {
      await expect(service().check(BREACHED_STRONG, policy)).resolves.toEqual([{ code: 'PASSWORD_BREACHED' }]);
      await expect(service().check(BREACHED_STRONG, { ...policy, requireUpper: true })).resolves.toEqual([
        { code: 'PASSWORD_NEEDS_UPPER' },
        { code: 'PASSWORD_BREACHED' },
      ]);
      const error = await rejection(service().assert(BREACHED_STRONG, policy));
      expect(error.errors).toEqual([{ field: 'password', code: 'PASSWORD_BREACHED', params: undefined }]);
    });

    it('accepts a clean password', async () => {
      await expect(service().check(STRONG, policy)).resolves.toEqual([]);
      expect(pwned.requests).toHaveLength(1);
    });

    it('does not ask when rejectBreached is off', async () => {
      await expect(service().check(BREACHED_STRONG, { ...policy, rejectBreached: false })).resolves.toEqual([]);
      expect(pwned.requests).toHaveLength(0);
    });

    it('does not ask about a password shorter than the minimum', async () => {
      await expect(service().check('P@ssw0rd', policy)).resolves.toEqual([{ code: 'PASSWORD_TOO_SHORT', params: { min: 10 } }]);
      expect(pwned.requests).toHaveLength(0);
      await service().check('P@ssw0rd', { ...policy, minLength: 8 });
      expect(pwned.requests).toHaveLength(1);
    });

    it('fails open: an unanswered check is no violation', async () => {
      pwned.setMode('error');
      await expect(service({ failure: 'open' }).check(BREACHED_STRONG, policy)).resolves.toEqual([]);
      pwned.setMode('hang');
      await expect(service({ failure: 'open', timeoutMs: 50 }).assert(BREACHED_STRONG, policy)).resolves.toBeUndefined();
      expect(pwned.requests).toHaveLength(2);
    });

    it('fails closed: an unanswered check is 503 PASSWORD_CHECK_UNAVAILABLE', async () => {
      pwned.setMode('error');
      const error = await rejection(service({ failure: 'closed' }).check(STRONG, policy));
      expect(error.getStatus()).toBe(503);
      expect(error.code).toBe('PASSWORD_CHECK_UNAVAILABLE');
      pwned.setMode('hang');
      const timedOut = await rejection(service({ failure: 'closed', timeoutMs: 50 }).assert(STRONG, policy));
      expect(timedOut.code).toBe('PASSWORD_CHECK_UNAVAILABLE');
    });

    it('fails closed, but reports the other broken rules first when there are any', async () => {
      pwned.setMode('error');
      await expect(service({ failure: 'closed' }).check(STRONG, { ...policy, requireUpper: true })).resolves.toEqual([
        { code: 'PASSWORD_NEEDS_UPPER' },
      ]);
      expect(pwned.requests).toHaveLength(1);
    });
  });
});
