/**
 * `@tenant-iam/common`: the kernel every lib shares, with no domain in it: coded exceptions and the
 * problem+json filter, message catalogues for en/pl/uk, the injectable clock, durations,
 * random tokens and hashing, and cursor pagination.
 */
export * from './common.module';
export * from './errors/coded.exception';
export * from './errors/common-error-code';
export * from './errors/common.messages';
export * from './errors/problem-details.filter';
export * from './errors/validation-exception.factory';
export * from './errors/json-body';
export * from './i18n/locale';
export * from './i18n/messages';
export * from './time/clock';
export * from './time/duration';
export * from './crypto/tokens';
export * from './crypto/secret-box';
export * from './pagination/cursor-page';
export * from './options/strip-undefined';
export * from './openapi/problem-details.schema';
export * from './openapi/api-problems.decorator';
export * from './database/prepared';
