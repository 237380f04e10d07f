import { createHash } from 'node:crypto';
import { generateToken, hashToken, safeEqual } from './tokens';

describe('generateToken', () => {
  it('is 43 base64url characters, i.e. 32 random bytes', () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('takes another byte count', () => {
    expect(Buffer.from(generateToken(16), 'base64url')).toHaveLength(16);
    expect(generateToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('does not repeat itself', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateToken()));
    expect(tokens.size).toBe(200);
  });
});

describe('hashToken', () => {
  it('is the 64-hex sha256 of the token, deterministic', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = generateToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('differs for different tokens and never contains the token', () => {
    const token = generateToken();
    expect(hashToken(token)).not.toBe(hashToken(`${token}x`));
    expect(hashToken(token)).not.toContain(token);
  });
});

describe('safeEqual', () => {
  it('is true only for identical strings', () => {
    expect(safeEqual('secret-value', 'secret-value')).toBe(true);
    expect(safeEqual('secret-value', 'secret-valuf')).toBe(false);
    expect(safeEqual('Secret-value', 'secret-value')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });

  it('is false, without throwing, when the lengths differ', () => {
    expect(safeEqual('short', 'shorter')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
    // Same number of characters, different number of UTF-8 bytes.
    expect(safeEqual('é', 'e')).toBe(false);
  });
});
