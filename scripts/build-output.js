'use strict';
/* global require, __dirname, module */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, used before any build exists */
// The build output path is read from nest-cli.json and the app's tsconfig, the files `nest build`
// itself reads: there is no second copy of it to keep in step (scripts/start.js, the tests).
const { readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const PROJECT = 'api';

/** Where `nest build api` writes: the output folder and the entry file (<outDir>/<entryFile>.js). */
function buildOutput() {
  const cli = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));
  const project = cli.projects[PROJECT];
  const tsconfigPath = join(root, project.compilerOptions?.tsConfigPath ?? cli.compilerOptions.tsConfigPath);
  const outDir = JSON.parse(readFileSync(tsconfigPath, 'utf8')).compilerOptions.outDir;
  const outRoot = resolve(dirname(tsconfigPath), outDir);
  return { outRoot, main: join(outRoot, `${project.entryFile}.js`) };
}

module.exports = { PROJECT, buildOutput };
