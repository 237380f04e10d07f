import { stripUndefined } from './strip-undefined';

describe('stripUndefined', () => {
  it('drops undefined values and keeps null, 0, false and empty strings', () => {
    expect(stripUndefined({ a: undefined, b: null, c: 0, d: false, e: '' })).toEqual({ b: null, c: 0, d: false, e: '' });
    expect({ ...{ ttl: 10 }, ...stripUndefined({ ttl: undefined }) }).toEqual({ ttl: 10 });
  });
});
