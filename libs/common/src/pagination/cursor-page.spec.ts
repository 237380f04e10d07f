import { CodedException } from '../errors/coded.exception';
import { decodeCursor, encodeCursor, parseCursor } from './cursor-page';

describe('cursor encoding', () => {
  it('round-trips the sort key of the last item', () => {
    const key = { createdAt: '2025-01-01T00:00:00.000Z', id: '0192f0c1-7c4e-7000-8000-000000000001', rank: 42 };
    const cursor = encodeCursor(key);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it('round-trips non-ASCII values', () => {
    expect(decodeCursor(encodeCursor({ name: 'Łucja Привіт' }))).toEqual({ name: 'Łucja Привіт' });
  });

  it('is opaque and URL-safe', () => {
    const cursor = encodeCursor({ id: 'a/b+c?d=e', n: 1 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('id');
  });

  it('gives undefined for no cursor', () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });

  it.each([
    ['garbage', '!!!not-base64!!!'],
    ['base64 of non-JSON', Buffer.from('not json', 'utf8').toString('base64url')],
    ['a JSON number', Buffer.from('42', 'utf8').toString('base64url')],
    ['a JSON string', Buffer.from('"id"', 'utf8').toString('base64url')],
    ['JSON null', Buffer.from('null', 'utf8').toString('base64url')],
    ['truncated', encodeCursor({ id: 'abcdef' }).slice(0, 10)],
  ])('gives undefined for a malformed cursor (%s)', (_name, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });
});

describe('parseCursor', () => {
  const isNameKey = (v: Record<string, string | number>): v is { name: string; id: string } =>
    typeof v.name === 'string' && typeof v.id === 'string';

  it('gives undefined (the first page) without a cursor', () => {
    expect(parseCursor(undefined, isNameKey)).toBeUndefined();
    expect(parseCursor('', isNameKey)).toBeUndefined();
  });

  it('gives the key of a cursor of the right shape', () => {
    expect(parseCursor(encodeCursor({ name: 'Acme', id: 'x' }), isNameKey)).toEqual({ name: 'Acme', id: 'x' });
  });

  it.each([
    ['malformed', '!!!'],
    ['another list', encodeCursor({ createdAt: '2025-01-01', id: 'x' })],
  ])('answers 400 VALIDATION_FAILED on the cursor field for a %s cursor', (_name, cursor) => {
    const error = (() => {
      try {
        parseCursor(cursor, isNameKey);
      } catch (e) {
        return e;
      }
    })() as CodedException;
    expect(error).toBeInstanceOf(CodedException);
    expect(error.getStatus()).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toEqual([{ field: 'cursor', code: 'INVALID_CURSOR' }]);
  });
});
