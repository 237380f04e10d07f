import { SecretBox } from './secret-box';

const SECRET = 'a-long-and-random-application-secret';

/** Flips one bit in the base64url part `index` of a sealed value. */
function tamper(sealed: string, index: number, byte = 0): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index], 'base64url');
  bytes[byte] ^= 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('SecretBox', () => {
  const box = new SecretBox(SECRET);

  it('opens what it sealed', () => {
    for (const plaintext of ['https://app.test/reset-password?token=abc', '', 'zażółć gęślą jaźń – Привіт 👋']) {
      expect(box.open(box.seal(plaintext))).toBe(plaintext);
    }
  });

  it('opens a value sealed by another instance keyed with the same secret', () => {
    expect(new SecretBox(SECRET).open(box.seal('shared'))).toBe('shared');
  });

  it('writes v1.<iv>.<tag>.<ciphertext> in base64url, without the plaintext', () => {
    const sealed = box.seal('plain text value');
    const [version, iv, tag, data] = sealed.split('.');
    expect(version).toBe('v1');
    expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64url')).toHaveLength(16);
    expect(Buffer.from(data, 'base64url')).toHaveLength('plain text value'.length);
    expect(sealed).toMatch(/^v1(\.[A-Za-z0-9_-]+){3}$/);
    expect(sealed).not.toContain('plain');
  });

  it('seals one plaintext differently each time', () => {
    const first = box.seal('same');
    const second = box.seal('same');
    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
    expect(box.open(first)).toBe('same');
    expect(box.open(second)).toBe('same');
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = box.seal('pay 100 to alice');
    expect(() => box.open(tamper(sealed, 3))).toThrow();
    expect(() => box.open(tamper(sealed, 3, 15))).toThrow();
  });

  it('refuses a tampered tag or iv', () => {
    const sealed = box.seal('pay 100 to alice');
    expect(() => box.open(tamper(sealed, 2))).toThrow();
    expect(() => box.open(tamper(sealed, 2, 15))).toThrow();
    expect(() => box.open(tamper(sealed, 1))).toThrow();
  });

  it('cannot open a value sealed with another secret, either way', () => {
    const other = new SecretBox('another-application-secret-value');
    expect(() => other.open(box.seal('mine'))).toThrow();
    expect(() => box.open(other.seal('theirs'))).toThrow();
  });

  it('refuses values that are not sealed', () => {
    expect(() => box.open('plain text')).toThrow('Not a sealed value');
    expect(() => box.open('v2.a.b.c')).toThrow('Not a sealed value');
    expect(() => box.open('v1.a.b')).toThrow('Not a sealed value');
    expect(() => box.open('')).toThrow('Not a sealed value');
  });

  it('needs a secret', () => {
    expect(() => new SecretBox('')).toThrow('SecretBox needs a non-empty secret');
  });
});

describe('SecretBox tag length', () => {
  it('refuses a value whose authentication tag was truncated', () => {
    const box = new SecretBox('s'.repeat(32));
    const [v, iv, tag, data] = box.seal('link token inside').split('.');
    const short = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => box.open([v, iv, short, data].join('.'))).toThrow();
  });
});
