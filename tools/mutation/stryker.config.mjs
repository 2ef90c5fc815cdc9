// StrykerJS over the whole pure domain, against the domain's unit tests only (docs/mutation-testing.md).
// Run from the repository root: `npm run test:mutation` (incremental) or `npm run test:mutation:full`.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: [pathToFileURL(require.resolve('@stryker-mutator/mocha-runner')).href],
  testRunner: 'mocha',
  mochaOptions: { config: 'tools/mutation/mocharc.json' },
  testRunnerNodeArgs: [
    '--no-experimental-require-module',
    '--import',
    'tsx',
    '--import',
    './tools/mutation/domain-source.mjs',
  ],
  mutate: ['packages/domain/src/**/*.ts'],
  ignorePatterns: ['dist', 'bench', 'docs', 'coverage', '.kenali', 'reports', '*.tsbuildinfo'],
  coverageAnalysis: 'perTest',
  checkers: [],
  incremental: true,
  incrementalFile: 'tools/mutation/stryker-incremental.json',
  // break: just below the last measured full-run score (docs/mutation-testing.md); raise it as tests improve.
  thresholds: { high: 95, low: 80, break: 96 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  concurrency: 2,
  // Generous: a static mutant restarts the test process, which is slow on a loaded machine, and a timeout
  // would count as "detected" (ADR 0024).
  timeoutMS: 30000,
};
