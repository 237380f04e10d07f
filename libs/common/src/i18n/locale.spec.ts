import { DEFAULT_LOCALE, isLocale, LOCALES, negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('falls back to English for a missing or empty header', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });

  it('picks an exact language tag', () => {
    expect(negotiateLocale('pl')).toBe('pl');
    expect(negotiateLocale('uk')).toBe('uk');
    expect(negotiateLocale('en')).toBe('en');
  });

  it('matches a region tag to its language, whatever the case', () => {
    expect(negotiateLocale('uk-UA')).toBe('uk');
    expect(negotiateLocale('pl-PL')).toBe('pl');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('UK-ua')).toBe('uk');
  });

  it('honours q-values over the order of the header', () => {
    expect(negotiateLocale('en;q=0.3, uk;q=0.9, pl;q=0.5')).toBe('uk');
    expect(negotiateLocale('en;q=0.5,pl')).toBe('pl');
    expect(negotiateLocale('de-DE,de;q=0.9,pl;q=0.8,en;q=0.7')).toBe('pl');
  });

  it('keeps the header order between equal q-values', () => {
    expect(negotiateLocale('pl;q=0.8, uk;q=0.8')).toBe('pl');
    expect(negotiateLocale('uk, pl')).toBe('uk');
  });

  it('skips languages we do not speak', () => {
    expect(negotiateLocale('de, fr;q=0.9, uk;q=0.1')).toBe('uk');
    expect(negotiateLocale('de, fr;q=0.9')).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
  });

  it('ignores languages refused with q=0 or with a malformed q', () => {
    expect(negotiateLocale('pl;q=0, uk;q=0.2')).toBe('uk');
    expect(negotiateLocale('pl;q=0')).toBe('en');
    expect(negotiateLocale('pl;q=abc, uk;q=0.1')).toBe('uk');
  });

  it('joins an array header (repeated header lines)', () => {
    expect(negotiateLocale(['de;q=0.9', 'uk-UA;q=0.8'])).toBe('uk');
    expect(negotiateLocale(['de', 'fr'])).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts exactly the supported locales', () => {
    expect(LOCALES).toEqual(['en', 'pl', 'uk']);
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('uk-UA')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
