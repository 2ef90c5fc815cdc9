#!/usr/bin/env node
// The `kenali` command. This launcher is committed (not built) so that npm can link the bin on a fresh clone
// before anything is compiled; on first use in a checkout without a build it builds the packages the CLI runs
// (domain, adapters, hexagon, http, cli: `tsc -b`; the typed client is left to `npm run build`) and the server bundle
// `kenali serve` starts from (ADR 0035; skipped without esbuild, e.g. a production install), then runs the compiled
// CLI in this same process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(packageDir, 'dist', 'main.js');
const root = resolve(packageDir, '..', '..');
const builtEntries = [
  entry,
  join(root, 'packages', 'http', 'dist', 'main.js'),
  join(root, 'packages', 'adapters', 'dist', 'index.js'),
  join(root, 'packages', 'domain', 'dist', 'index.js'),
  join(root, 'packages', 'hexagon', 'dist', 'index.js'),
];

const buildWorkspace = () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(join(root, 'tsconfig.json')) || !existsSync(tsc)) {
    process.stderr.write('kenali: the CLI is not built; run `npm install` then `npm run build`\n');
    process.exit(1);
  }
  process.stderr.write('kenali: first run in this checkout, building the CLI and the server (tsc -b) ...\n');
  // Build output goes to stderr: stdout is the command's answer (e.g. `U=$(npx kenali user create)`).
  // Not the root project: it includes the typed client, whose sources `npm run build` generates first.
  const projects = ['packages/http', 'packages/cli'];
  const built = spawnSync(process.execPath, [tsc, '-b', ...projects], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    process.stderr.write('kenali: the build failed; run `npm run build` to see why\n');
    process.exit(1);
  }
  // Optional: without it `kenali serve` starts the same server from the unbundled files, only slower.
  if (existsSync(join(root, 'node_modules', 'esbuild'))) {
    const bundle = join(root, 'packages', 'http', 'scripts', 'bundle.mjs');
    spawnSync(process.execPath, [bundle], { cwd: root, stdio: ['ignore', 2, 2] });
  }
};

if (!builtEntries.every((file) => existsSync(file))) buildWorkspace();
await import(pathToFileURL(entry).href);
