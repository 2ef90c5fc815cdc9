/** Layer rules: the domain is pure; http and cli are sibling driving adapters. */
// @ts-nocheck

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain may import only fp-ts, io-ts and its own files.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { pathNot: ['^packages/domain/src', 'node_modules/(fp-ts|io-ts)/'] },
    },
    {
      name: 'adapters-not-drivers',
      severity: 'error',
      from: { path: '^packages/adapters/src' },
      to: { path: ['^packages/(http|cli)/', 'node_modules/@kenali/(http|cli)'] },
    },
    {
      name: 'http-not-cli',
      severity: 'error',
      from: { path: '^packages/http/src' },
      to: { path: ['^packages/cli/', 'node_modules/@kenali/cli'] },
    },
    {
      name: 'cli-not-http',
      comment: 'kenali serve launches the http entry as a process; it never imports it.',
      severity: 'error',
      from: { path: '^packages/cli/src' },
      to: { path: ['^packages/http/', 'node_modules/@kenali/http'] },
    },
    {
      name: 'no-undeclared-deps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    exclude: { path: 'dist/' },
  },
};
