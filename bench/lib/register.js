'use strict';
/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload script, run by node -r before any TypeScript */
// Require hook for the benchmarks: compiles .ts with @swc/core using the repository's .swcrc
// (the settings the Jest suites use: legacy decorators + decorator metadata, CommonJS, ES2022)
// and resolves the @tenant-iam/* path aliases of tsconfig.json with tsconfig-paths.
//
// Why not ts-node: ts-node's entry module requires node:repl, which loads node:domain, and a
// loaded domain module makes every EventEmitter construction and emit take its slower
// domain-aware path. The shipped app (`node dist/...`) never loads it, so under ts-node the app
// would be measured slower than it runs. Usage: node -r ./bench/lib/register.js bench/login.ts
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const swc = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '..', '..');
const options = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
delete options.$schema;
options.swcrc = false;
options.configFile = false;
options.sourceMaps = false;

const loaded = tsconfigPaths.loadConfig(root);
if (loaded.resultType !== 'success') throw new Error(`bench/lib/register.js: cannot read tsconfig.json: ${loaded.message}`);
tsconfigPaths.register({ baseUrl: loaded.absoluteBaseUrl, paths: loaded.paths });

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
