// The test apps' logs: at `info` (request lines included), as the app writes them in production,
// into one file per suite under the run's folder, which the global teardown scans.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentSuite, RUN_FOLDERS, secretsDir } from './record';

/** The level test apps log at unless a suite sets `LOG_LEVEL`: `info` has one line per request. */
export const TEST_LOG_LEVEL = 'info';

let suiteLog: { file: string; stream: { write(line: string): void } } | undefined;

/**
 * The log file of the running suite (`<run folder>/logs/<test file path, / as __>.ndjson`) and a
 * pino destination that appends to it, one synchronous `appendFileSync` per line (a few
 * microseconds; nothing is buffered, so nothing is lost when a worker exits). Every test app
 * of the suite shares it: pino-http's root logger is one per module registry, whichever app
 * wrote last. Undefined outside a Jest e2e run.
 */
export function suiteLogDestination(): { file: string; stream: { write(line: string): void } } | undefined {
  if (suiteLog) return suiteLog;
  const dir = secretsDir();
  if (!dir) return undefined;
  const folder = join(dir, RUN_FOLDERS.logs);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, `${currentSuite().replace(/[\\/]/g, '__')}.${process.pid}.ndjson`);
  suiteLog = { file, stream: { write: (line: string) => appendFileSync(file, line, { mode: 0o600 }) } };
  return suiteLog;
}
