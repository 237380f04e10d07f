const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

// A strict `<integer><unit>` grammar on purpose: configuration like "7 days" or a bare number of
// milliseconds is a mistake we want to stop at boot, which lenient parsers would accept.
const PATTERN = /^(\d+)(ms|s|m|h|d)$/;

/** Whether `value` is a duration such as `7d`, `24h`, `15m`, `3s` or `500ms`. */
export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && PATTERN.test(value.trim());
}

/**
 * Parses a duration such as `7d`, `24h`, `15m`, `3s`, `500ms` into milliseconds.
 * @throws Error when the text is not a duration.
 */
export function parseDuration(value: string): number {
  const match = PATTERN.exec(value.trim());
  if (!match) throw new Error(`"${value}" is not a duration (use e.g. 7d, 24h, 15m, 3s)`);
  return Number(match[1]) * UNITS[match[2]];
}
