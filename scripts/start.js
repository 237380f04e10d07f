'use strict';
/* global require, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS launcher, run before any build exists */
// `npm start`: builds the API only when its sources changed since the last build, then runs it in
// this very process (so the signals a process manager sends reach the app, which stops
// PostgreSQL on its way out). Where the build lands: ./build-output.js.
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const { TSCONFIG, buildOutput } = require('./build-output');

/** Everything the build reads: TypeScript sources (no tests) and the build configuration. */
function fingerprint() {
  const hash = createHash('sha256');
  const add = (file) => {
    const info = statSync(file);
    hash.update(`${relative(root, file)}\0${info.size}\0${info.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      } else if (/\.(ts|json)$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name)) {
        add(path);
      }
    }
  };
  for (const dir of ['apps', 'libs']) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of ['tsconfig.json', 'package-lock.json']) if (existsSync(join(root, file))) add(join(root, file));
  return hash.digest('hex');
}

const { outRoot, main } = buildOutput();
const stampFile = join(outRoot, '.sources-fingerprint');
const current = fingerprint();
const built = existsSync(main) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === current;
if (!built) {
  console.log(existsSync(main) ? 'Sources changed since the last build: building ...' : 'No build yet: building ...');
  // tsc -b builds the libs the app references first, each only if it changed.
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, '-b', TSCONFIG], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `Build failed (tsc -b ${relative(root, TSCONFIG)}${result.signal ? `, ${result.signal}` : `, exit code ${result.status}`})`,
    );
    process.exit(result.status || 1);
  }
  if (!existsSync(main)) {
    console.error(`Build finished but ${relative(root, main)} is missing: check outDir in ${relative(root, TSCONFIG)}`);
    process.exit(1);
  }
  writeFileSync(stampFile, current);
}
require(main);
