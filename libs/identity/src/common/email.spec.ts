import { normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ala.Kowalska@Example.COM ')).toBe('ala.kowalska@example.com');
    expect(normalizeEmail('\tOLA@EXAMPLE.PL\n')).toBe('ola@example.pl');
  });

  it('keeps everything else: dots, plus tags, inner characters', () => {
    expect(normalizeEmail('a.b+tag@sub.example.com')).toBe('a.b+tag@sub.example.com');
    expect(normalizeEmail('Łucja@Przykład.PL')).toBe('łucja@przykład.pl');
  });

  it('is idempotent', () => {
    const once = normalizeEmail(' Mixed.Case@Example.com ');
    expect(normalizeEmail(once)).toBe(once);
  });
});
