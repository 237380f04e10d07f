import { validationExceptionFactory } from '@tenant-iam/common';
import { plainToInstance } from 'class-transformer';
import { IsEmail, validateSync } from 'class-validator';
import { EmailInput, hasInvisibleCharacters, normalizeEmail } from './email';
import { IdentityErrorCode } from './identity-error-code';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ala.Kowalska@Example.COM ')).toBe('ala.kowalska@example.com');
    expect(normalizeEmail('\tOLA@EXAMPLE.PL\n')).toBe('ola@example.pl');
  });

  it('keeps dots and plus tags: those are different addresses', () => {
    expect(normalizeEmail('a.b+tag@sub.example.com')).toBe('a.b+tag@sub.example.com');
    expect(normalizeEmail('ab@example.com')).not.toBe(normalizeEmail('a.b@example.com'));
    expect(normalizeEmail('ab+x@example.com')).not.toBe(normalizeEmail('ab@example.com'));
  });

  it('applies NFKC: full-width and decomposed forms are the same address', () => {
    expect(normalizeEmail('ａｌａ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('ala@example.com');
    expect(normalizeEmail('Re\u0301ka@example.com')).toBe(normalizeEmail('Réka@example.com'));
    expect(normalizeEmail('Réka@example.com')).toBe('r\u00e9ka@example.com');
  });

  it('turns the domain into lower-case ASCII (punycode), keeping a Unicode local part', () => {
    expect(normalizeEmail('Łucja@Przykład.PL')).toBe('łucja@xn--przykad-rjb.pl');
    expect(normalizeEmail('łucja@xn--przykad-rjb.pl')).toBe('łucja@xn--przykad-rjb.pl');
    expect(normalizeEmail('hans@MÜNCHEN.de')).toBe('hans@xn--mnchen-3ya.de');
  });

  it('keeps a domain IDNA refuses as typed, lower-cased, and a trailing dot', () => {
    expect(normalizeEmail('a@Ex Ample.com')).toBe('a@ex ample.com');
    expect(normalizeEmail('a@example.com.')).toBe('a@example.com.');
  });

  it('splits at the last @', () => {
    expect(normalizeEmail('"a@b"@Example.COM')).toBe('"a@b"@example.com');
  });

  it('is idempotent', () => {
    for (const input of [' Mixed.Case@Example.com ', 'Łucja@Przykład.PL', 'ＡＢＣ@ｅｘ.ｃｏｍ', 'İstanbul@example.com', 'no-at-sign']) {
      const once = normalizeEmail(input);
      expect([input, normalizeEmail(once)]).toEqual([input, once]);
    }
  });
});

describe('hasInvisibleCharacters', () => {
  it.each(['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2060', '\u2064', '\u2066', '\u2069', '\uFEFF'])(
    'finds U+%s',
    (char) => {
      expect(hasInvisibleCharacters(`ala${char}@example.com`)).toBe(true);
      expect(hasInvisibleCharacters(`ala@exa${char}mple.com`)).toBe(true);
    },
  );

  it('accepts ordinary addresses in any script', () => {
    for (const email of ['ala@example.com', 'łucja@przykład.pl', 'олена@приклад.укр', 'a.b+c@x.io']) {
      expect(hasInvisibleCharacters(email)).toBe(false);
    }
  });
});

describe('EmailInput', () => {
  class Body {
    @EmailInput()
    @IsEmail()
    email: string;
  }
  const errorsOf = (email: string) => validationExceptionFactory(validateSync(plainToInstance(Body, { email }))).errors ?? [];

  it('reports an invisible character as the field code EMAIL_INVISIBLE_CHARACTERS', () => {
    const codes = errorsOf('victim@exa\u200Bmple.com').map((e) => `${e.field}:${e.code}`);
    expect(codes).toContain(`email:${IdentityErrorCode.EmailInvisibleCharacters}`);
    expect(errorsOf('victim\u202E@example.com').map((e) => e.code)).toContain('EMAIL_INVISIBLE_CHARACTERS');
  });

  it('normalises to NFKC before the other validators, so a full-width address is valid', () => {
    expect(errorsOf('ａｌａ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toEqual([]);
    expect(plainToInstance(Body, { email: 'ａｌａ＠ｅｘａｍｐｌｅ．ｃｏｍ' }).email).toBe('ala@example.com');
  });
});
