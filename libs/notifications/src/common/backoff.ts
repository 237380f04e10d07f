/** One hour: the longest any retry waits. */
export const MAX_BACKOFF_MS = 60 * 60 * 1000;

/**
 * Delay before retry number `attempt` (1 = the first retry): `baseMs * 2^(attempt-1)` with
 * "equal jitter" (half fixed, half random), capped at `capMs`. The fixed half guarantees the
 * retry lies in the future; the random half keeps many failed mails from retrying in lockstep.
 */
export function computeBackoff(attempt: number, baseMs: number, options: { capMs?: number; random?: () => number } = {}): number {
  const cap = options.capMs ?? MAX_BACKOFF_MS;
  const random = options.random ?? Math.random;
  const exponential = Math.min(cap, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.min(cap, Math.max(1, Math.round(exponential / 2 + (random() * exponential) / 2)));
}

/**
 * Masks what must not be stored or logged even when an error echoes it: the password of a URL
 * (`smtp://user:pass@host`) and link tokens (`?token=...`, also `key`, `secret`, `password`).
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^\s/@:]*):[^\s/@]*@/gi, '$1:[redacted]@')
    .replace(/([?&](?:token|key|secret|password)=)[^&\s"'<>]+/gi, '$1[redacted]');
}

/** A short, single-line error description for storage: no stack, no newlines, no secrets (see {@link redactSecrets}), bounded length. */
export function shortError(error: unknown, max = 500): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = redactSecrets(message.replace(/\s+/g, ' ').trim());
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
