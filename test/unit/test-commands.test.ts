/**
 * The test commands do what their names say: each `npm run test:<folder>` runs that folder and nothing else,
 * and mocha given a file runs that file only (a `spec` in .mocharc.json would be added to it).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { REPO_ROOT } from '../support/paths.js';

const FOLDERS = ['unit', 'integration', 'e2e', 'cli', 'browser'] as const;
const json = (file: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;
const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(REPO_ROOT, path)] : [];
  });

describe('test commands', () => {
  const scripts = json('package.json').scripts as Record<string, string>;

  it('gives mocha no default spec, so a spec on the command line is the whole run', () => {
    expect(json('.mocharc.json')).not.to.have.property('spec');
  });

  it('runs every folder with its own script, and the whole suite with npm test', () => {
    expect(scripts.test).to.equal("npm run build && mocha 'test/**/*.test.ts'");
    for (const folder of FOLDERS)
      expect(scripts[`test:${folder}`]).to.equal(`npm run build && mocha 'test/${folder}/**/*.test.ts'`);
  });

  it('has no test file outside those folders (npm test would run one that no folder script runs)', () => {
    const stray = testFiles(join(REPO_ROOT, 'test')).filter(
      (file) => !FOLDERS.some((folder) => file.startsWith(join('test', folder, ''))),
    );
    expect(stray).to.deep.equal([]);
  });

  it('runs only the file it is given', async function () {
    this.timeout(60_000);
    const file = 'test/unit/domain/riasec/validity.test.ts';
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(REPO_ROOT, 'node_modules/mocha/bin/mocha.js'), '--dry-run', '--reporter', 'json', file],
      { cwd: REPO_ROOT },
    );
    const report = JSON.parse(stdout) as { tests: { file: string }[] };
    expect(report.tests).not.to.be.empty;
    expect(new Set(report.tests.map((t) => relative(REPO_ROOT, t.file)))).to.deep.equal(new Set([file]));
  });
});
