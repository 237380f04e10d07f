// Installs the host app the way a product team would: its registry dependencies exactly from its
// committed lock file (`npm ci`), then the packed @tenant-iam tarballs from dist/packs on top with
// `--no-save`. A tarball's integrity changes with every pack, so it must never enter package.json
// or package-lock.json: the checkout stays clean, and the lock keeps pinning what it can pin.
// Run from the repository root by `npm run test:host-app`, after `npm run pack:libs`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(app, '..', '..');
// What the host mounts; their dependencies come from the registry, their peers from the host.
const LIBS = ['common', 'notifications', 'identity', 'permissions', 'tenancy'];

const npm = (...args) => {
  const started = Date.now();
  execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: app, stdio: 'inherit' });
  console.log(`host-app: npm ${args[0]} ${args[1] ?? ''} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

const tarballs = LIBS.map((lib) => {
  const { name, version } = JSON.parse(readFileSync(join(root, 'libs', lib, 'package.json'), 'utf8'));
  const file = join(root, 'dist', 'packs', `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: run \`npm run pack:libs\` first`);
  return relative(app, file);
});

npm('ci');
npm('install', '--no-save', ...tarballs);
