/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS Jest config, as jest.config.js */
// `npm run test:scale`: the scale-out suites (test/scale/*.scale-spec.ts), apart from `npm test`
// because each starts a whole deployment of separate processes (3 APIs, 2 workers). Same
// transform, path mapping and embedded PostgreSQL (global setup) as the e2e project.
const { projects } = require('./jest.config.js');

const e2e = projects.find((project) => project.displayName === 'e2e');

/** @type {import('jest').Config} */
module.exports = {
  ...e2e,
  displayName: 'scale',
  testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // One suite, one deployment, run in band; a check waits for mail, restarts and sweep ticks.
  testTimeout: 120_000,
  maxWorkers: 1,
};
