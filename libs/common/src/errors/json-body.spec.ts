import { CodedException } from './coded.exception';
import { assertJsonShape, assertStorableText, isStorableText, unstorableTextErrors } from './json-body';

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as CodedException).code;
  }
}

describe('assertJsonShape', () => {
  const limits = { maxDepth: 3, maxValues: 5 };

  it('accepts a body within both limits', () => {
    expect(codeOf(() => assertJsonShape('{"a":[1,2,{"b":3}]}', limits))).toBeUndefined();
    expect(codeOf(() => assertJsonShape('[ ]', limits))).toBeUndefined();
    expect(codeOf(() => assertJsonShape('"scalar"', limits))).toBeUndefined();
  });

  it('refuses nesting past maxDepth', () => {
    expect(codeOf(() => assertJsonShape('[[[1]]]', limits))).toBeUndefined();
    expect(codeOf(() => assertJsonShape('[[[[1]]]]', limits))).toBe('BODY_TOO_DEEP');
    expect(codeOf(() => assertJsonShape('{"a":{"b":{"c":{}}}}', limits))).toBe('BODY_TOO_DEEP');
  });

  it('counts object members and array elements over the whole body', () => {
    // 5 values: a, b, and the three elements.
    expect(codeOf(() => assertJsonShape('{"a":1,"b":[1,2,3]}', limits))).toBeUndefined();
    expect(codeOf(() => assertJsonShape('{"a":1,"b":[1,2,3,4]}', limits))).toBe('BODY_TOO_MANY_VALUES');
    expect(codeOf(() => assertJsonShape('[[],[],[],[],[],[]]', { maxDepth: 3, maxValues: 5 }))).toBe('BODY_TOO_MANY_VALUES');
  });

  it('ignores brackets, commas and escaped quotes inside strings', () => {
    expect(codeOf(() => assertJsonShape(JSON.stringify({ a: '[[[[,,,,,,{{{{"\\' }), limits))).toBeUndefined();
  });

  it('says which limit in params', () => {
    try {
      assertJsonShape('[[[[', limits);
    } catch (error) {
      expect((error as CodedException).params).toEqual({ max: 3 });
      expect((error as CodedException).getStatus()).toBe(400);
    }
    expect.assertions(2);
  });
});

describe('unstorable text', () => {
  it('is U+0000 or a lone surrogate; pairs and other controls are fine', () => {
    expect(isStorableText('plain \t text 🙂')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\ud800b')).toBe(false);
    expect(isStorableText('a\udc00')).toBe(false);
  });

  it('is named by dotted path, keys included, in document order', () => {
    expect(unstorableTextErrors({ a: 'ok', b: ['x', 'y\u0000'], c: { d: '\ud800' }, ['k\u0000']: 1 })).toEqual([
      { field: 'b.1', code: 'UNSUPPORTED_CHARACTER' },
      { field: 'c.d', code: 'UNSUPPORTED_CHARACTER' },
      { field: '(body)', code: 'UNSUPPORTED_CHARACTER' },
    ]);
  });

  it('lists at most 20', () => {
    expect(unstorableTextErrors(Array.from({ length: 50 }, () => '\u0000'))).toHaveLength(20);
  });

  it('throws VALIDATION_FAILED only when something is wrong', () => {
    expect(() => assertStorableText({ a: ['fine'] })).not.toThrow();
    expect(codeOf(() => assertStorableText({ a: '\u0000' }))).toBe('VALIDATION_FAILED');
  });
});
