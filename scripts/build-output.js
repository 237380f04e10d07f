'use strict';
/* global require, __dirname, module */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, used before any build exists */
// The build output path is read from the app's tsconfig, the file `tsc -b` itself reads: there is
// no second copy of it to keep in step (scripts/start.js, the tests).
const { readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
/** The app's TypeScript project; it references every lib, so building it builds them first. */
const TSCONFIG = join(root, 'apps', 'api', 'tsconfig.app.json');

/** Where `tsc -b apps/api/tsconfig.app.json` writes: the output folder and the entry file. */
function buildOutput() {
  const outDir = JSON.parse(readFileSync(TSCONFIG, 'utf8')).compilerOptions.outDir;
  const outRoot = resolve(dirname(TSCONFIG), outDir);
  return { outRoot, main: join(outRoot, 'main.js') };
}

module.exports = { TSCONFIG, buildOutput };
