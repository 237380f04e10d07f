// The secrets-at-rest-and-in-logs scan of the e2e run (see docs/security.md).
export { isRecordable, recordedSecrets, recordLinkTokens, recordSecret, secretsDir } from './record';
export type { RecordedSecret, SecretKind } from './record';
export { installSecretTap, recordAnswer, recordRequestBody } from './tap';
export type { TapHost } from './tap';
export { suiteLogDestination, TEST_LOG_LEVEL } from './logs';
export { noteDatabase, recordMailboxTokens, scanSuiteDatabase } from './at-rest';
export { formatFindings, looksLikeRawToken, maskSecret, scanDatabase, scanText, SecretIndex } from './scan';
export type { Finding } from './scan';
export { scanRun, teardownScan } from './run-scan';
export type { RunScan } from './run-scan';
