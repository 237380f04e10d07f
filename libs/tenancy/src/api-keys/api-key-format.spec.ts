import { API_KEY_PATTERN, displayPrefix, generateApiKey } from './api-key-format';

describe('API key format', () => {
  it('is tiam_ and 43 base62 characters, different every time', () => {
    const keys = Array.from({ length: 200 }, () => generateApiKey());
    for (const key of keys) expect(key).toMatch(API_KEY_PATTERN);
    expect(new Set(keys).size).toBe(keys.length);
    // Uniform-ish alphabet: all 62 characters show up across 200 keys.
    expect(new Set(keys.join('').replace(/tiam_/g, '')).size).toBe(62);
  });

  it('shows tiam_ and the first 8 characters as the prefix', () => {
    const key = generateApiKey();
    expect(displayPrefix(key)).toBe(key.slice(0, 13));
    expect(displayPrefix(key)).toMatch(/^tiam_[0-9A-Za-z]{8}$/);
  });

  it('the pattern refuses lookalikes before any lookup', () => {
    const key = generateApiKey();
    for (const bad of ['', key.slice(0, -1), `${key}0`, key.replace('tiam_', 'tiam-'), key.replace(/.$/, '-'), ` ${key}`]) {
      expect(API_KEY_PATTERN.test(bad)).toBe(false);
    }
  });
});
