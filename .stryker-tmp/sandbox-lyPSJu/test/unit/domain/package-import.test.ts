// @ts-nocheck
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACKAGE_DIR = join(ROOT, 'packages/domain');
// Under the repo (gitignored) so fp-ts / io-ts resolve from the root node_modules, like a hoisted install.
const CONSUMER = join(ROOT, '.test-output', `package-import-${process.pid}`);

const runModule = (source: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: CONSUMER, encoding: 'utf8' });

// A tiny session scored only through the public entry point, as another service would.
const CONSUMER_SCRIPT = `
import * as E from 'fp-ts/lib/Either.js';
import { decodeIkigaiScoringDocument, scoreIkigai, buildIkigaiCompletionResponse, SessionToken } from '@kenali/domain';
const doc = {
  candidates: [{ profession_id: 1, profession_name: 'Guru' }, { profession_id: 2 }],
  dimensions: Object.fromEntries(['what_you_love', 'what_you_are_good_at', 'what_the_world_needs', 'what_you_can_be_paid_for']
    .map((key) => [key, { selected_profession_id: 1, r_raw: [{ profession_id: 1, r_raw: 0.9 }, { profession_id: 2, r_raw: 0.3 }] }])),
};
const decoded = decodeIkigaiScoringDocument(doc);
if (E.isLeft(decoded)) throw new Error('decode failed');
const scored = scoreIkigai(decoded.right, '2026-01-01T00:00:00Z');
if (E.isLeft(scored)) throw new Error('scoring failed');
const response = buildIkigaiCompletionResponse(SessionToken('t'), scored.right.total_scores);
console.log(JSON.stringify({ top: scored.right.total_scores.profession_scores[0], response }));
`;

describe('@kenali/domain as an installed package', () => {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    dependencies: Record<string, string>;
    types: string;
  };

  before(() => {
    rmSync(CONSUMER, { recursive: true, force: true });
    mkdirSync(join(CONSUMER, 'node_modules/@kenali'), { recursive: true });
    symlinkSync(PACKAGE_DIR, join(CONSUMER, 'node_modules/@kenali/domain'), 'dir');
  });
  after(() => rmSync(CONSUMER, { recursive: true, force: true }));

  it('scores a session through the public API of the built package', () => {
    const run = runModule(CONSUMER_SCRIPT);
    expect(run.status, run.stderr).to.equal(0);
    const { top, response } = JSON.parse(run.stdout) as {
      top: Record<string, unknown>;
      response: { status: string; top_2_professions: { profession_id: number; total_score: number }[] };
    };
    // Profession 1 tops every dimension: 15 text + 9 click, four times.
    expect(top).to.include({
      rank: 1,
      profession_id: 1,
      profession_name: 'Guru',
      total_score: 96,
      intrinsic_score: 48,
    });
    expect(response.status).to.equal('completed');
    expect(response.top_2_professions.map((e) => [e.profession_id, e.total_score])).to.deep.equal([
      [1, 96],
      [2, 0],
    ]);
  });

  it('exposes only the "." entry point (no deep imports into dist)', () => {
    // "./package.json" is metadata, not code; every code import must go through ".".
    const codeEntries = Object.keys(manifest.exports).filter((key) => key !== './package.json');
    expect(codeEntries).to.deep.equal(['.']);
    expect(existsSync(join(PACKAGE_DIR, manifest.types))).to.equal(true);
    const deep = runModule("import '@kenali/domain/dist/scoring/pipeline.js';");
    expect(deep.status).to.not.equal(0);
    expect(deep.stderr).to.include('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('depends at runtime on exactly fp-ts and io-ts', () => {
    expect(Object.keys(manifest.dependencies).sort()).to.deep.equal(['fp-ts', 'io-ts']);
  });
});
