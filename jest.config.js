// Two projects: unit specs beside the code (no database), and e2e suites over HTTP against the
// whole app on one embedded PostgreSQL per run (a fresh database per suite).
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;
// Jest runs CommonJS: dynamic import() must become require() here (the build keeps it).
swc.module.ignoreDynamic = false;

const moduleNameMapper = {
  // The libs are packages (@tenant-iam/<lib>); tests run their sources, not their builds.
  '^@tenant-iam/(common|identity|tenancy|permissions|notifications)$': '<rootDir>/libs/$1/src',
};
const transform = { '^.+\\.(ts|js|mjs)$': ['@swc/jest', swc] };
// A few dependencies ship only as ES modules; Jest's CommonJS runtime needs them transformed.
const ESM_ONLY = ['content-disposition', 'jose'];
const transformIgnorePatterns = [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  // Each suite boots the whole app in a fresh module registry, and a worker keeps some of every
  // registry it ran: past this, the worker is replaced between suites instead of running out of heap.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/**/src/**/*.spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/libs/**/src/**/*.int-spec.ts'],
      // Suites under test/redis need a Redis server: CI installs one and sets TEST_REDIS_URL.
      testPathIgnorePatterns: process.env.TEST_REDIS_URL ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/test/redis/'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      slowTestThreshold: 30,
    },
  ],
};
