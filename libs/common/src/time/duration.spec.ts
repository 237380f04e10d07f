import { isDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['3s', 3_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['0s', 0],
    [' 10m ', 600_000],
  ])('parses %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
    expect(isDuration(text)).toBe(true);
  });

  it.each(['', '7', '7 days', '7 d', '1.5h', '-1s', '7D', '10M', 'h', '5w', '1h30m', 'ms'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(`"${text}" is not a duration`);
    expect(isDuration(text)).toBe(false);
  });

  it('does not call a non-string a duration', () => {
    expect(isDuration(1000)).toBe(false);
    expect(isDuration(undefined)).toBe(false);
    expect(isDuration(null)).toBe(false);
  });
});
