import { MessageCatalog, Messages } from './messages';

const BASE: Messages = {
  en: { GREETING: 'Hello {name}', ONLY_EN: 'English only', LIMIT: 'Limit {limit} of {max}' },
  pl: { GREETING: 'Cześć {name}', LIMIT: 'Limit {limit} z {max}' },
  uk: { GREETING: 'Привіт {name}' },
};

describe('MessageCatalog', () => {
  const catalog = new MessageCatalog(BASE);

  it('translates into the requested locale', () => {
    expect(catalog.translate('GREETING', 'en', { name: 'Ala' })).toBe('Hello Ala');
    expect(catalog.translate('GREETING', 'pl', { name: 'Ala' })).toBe('Cześć Ala');
    expect(catalog.translate('GREETING', 'uk', { name: 'Ala' })).toBe('Привіт Ala');
  });

  it('falls back to English when the locale has no text', () => {
    expect(catalog.translate('ONLY_EN', 'pl')).toBe('English only');
    expect(catalog.translate('LIMIT', 'uk', { limit: 5, max: 10 })).toBe('Limit 5 of 10');
  });

  it('falls back to the key itself when no locale has it', () => {
    expect(catalog.translate('NO_SUCH_KEY', 'pl')).toBe('NO_SUCH_KEY');
  });

  it('fills every placeholder and keeps the ones without a value', () => {
    expect(catalog.translate('LIMIT', 'pl', { limit: 0, max: 3 })).toBe('Limit 0 z 3');
    expect(catalog.translate('LIMIT', 'en', { limit: 5 })).toBe('Limit 5 of {max}');
    expect(catalog.translate('GREETING', 'en')).toBe('Hello {name}');
  });

  it('lets a later source override an earlier one, per locale', () => {
    const merged = new MessageCatalog(BASE, { en: { GREETING: 'Hi {name}' }, pl: {}, uk: { GREETING: 'Вітаю {name}' } });
    expect(merged.translate('GREETING', 'en', { name: 'Ala' })).toBe('Hi Ala');
    expect(merged.translate('GREETING', 'pl', { name: 'Ala' })).toBe('Cześć Ala');
    expect(merged.translate('GREETING', 'uk', { name: 'Ala' })).toBe('Вітаю Ala');

    merged.add({ en: {}, pl: { GREETING: 'Witaj {name}' }, uk: {} });
    expect(merged.translate('GREETING', 'pl', { name: 'Ala' })).toBe('Witaj Ala');
    expect(merged.translate('GREETING', 'en', { name: 'Ala' })).toBe('Hi Ala');
  });

  it('accepts a source that lacks a locale table', () => {
    const partial = new MessageCatalog({ en: { A: 'a' } } as unknown as Messages);
    expect(partial.translate('A', 'uk')).toBe('a');
  });

  it('reports whether a key has an English text', () => {
    expect(catalog.has('GREETING')).toBe(true);
    expect(catalog.has('NO_SUCH_KEY')).toBe(false);
    expect(new MessageCatalog({ en: {}, pl: { PL_ONLY: 'x' }, uk: {} }).has('PL_ONLY')).toBe(false);
  });
});
