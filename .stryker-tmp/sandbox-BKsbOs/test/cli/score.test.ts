// @ts-nocheck
import { expect } from 'chai';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { decodeIkigaiScoringDocument, scoreIkigai } from '@kenali/domain';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'packages/cli/dist/main.js');
const DIR = join(ROOT, '.test-output', `cli-score-${process.pid}`);

const dims = (love: unknown, rest: unknown = { selected_profession_id: null, r_raw: null }) => ({
  what_you_love: love,
  what_you_are_good_at: rest,
  what_the_world_needs: rest,
  what_you_can_be_paid_for: rest,
});
const WORKED = {
  candidates: [10, 25, 31, 15, 42].map((id, i) => ({
    profession_id: id,
    profession_name: `P${id}`,
    display_order: i + 1,
  })),
  dimensions: dims(
    {
      selected_profession_id: 10,
      r_raw: [
        [10, 0.88],
        [25, 0.72],
        [31, 0.55],
        [15, 0.61],
        [42, 0.43],
      ].map(([id, r]) => ({ profession_id: id, r_raw: r })),
    },
    { selected_profession_id: null, r_raw: [] },
  ),
  calculated_at: '2026-01-01T00:00:00Z',
};
const SECOND = {
  candidates: [{ profession_id: 7, congruence_score: 0.9 }, { profession_id: 8 }],
  dimensions: dims({
    selected_profession_id: 8,
    r_raw: [
      { profession_id: 7, r_raw: 0.2 },
      { profession_id: 8, r_raw: 0.9 },
    ],
  }),
  calculated_at: '2026-03-04T05:06:07.123Z',
};
const MISSING_DIMENSION = {
  ...SECOND,
  dimensions: { ...SECOND.dimensions, what_the_world_needs: undefined },
};

const file = (name: string, content: unknown): string => {
  const path = join(DIR, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const kenali = (args: readonly string[], stdin?: string): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [MAIN, 'score', ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8' });
const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** What the library itself produces for a document: the CLI must print exactly this. */
const expectedLine = (doc: { readonly calculated_at: string }): string => {
  const decoded = decodeIkigaiScoringDocument(doc);
  if (E.isLeft(decoded)) throw new Error('fixture does not decode');
  const scored = scoreIkigai(decoded.right, doc.calculated_at);
  if (E.isLeft(scored)) throw new Error('fixture does not score');
  return JSON.stringify({
    dimension_scores: scored.right.dimension_scores,
    total_scores: scored.right.total_scores,
  });
};

describe('kenali score', () => {
  before(() => mkdirSync(DIR, { recursive: true }));
  after(() => rmSync(DIR, { recursive: true, force: true }));

  it('prints one JSON line per file, in argument order', () => {
    const [a, b] = [file('a.json', WORKED), file('b.json', SECOND)];
    const run = kenali([b, a, b]);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.equal('');
    expect(lines(run.stdout)).to.deep.equal([
      expectedLine(SECOND),
      expectedLine(WORKED),
      expectedLine(SECOND),
    ]);
  });

  it('prints the two scores_data documents of the worked example', () => {
    const out = JSON.parse(kenali([file('w.json', WORKED)]).stdout) as {
      dimension_scores: {
        dimension_scores: { what_you_love: { text_score: number }[] };
        metadata: { failed_dimensions: string[] };
      };
      total_scores: {
        profession_scores: { profession_id: number; total_score: number }[];
        metadata: { top_2_professions: number[] };
      };
    };
    expect(Object.keys(out)).to.deep.equal(['dimension_scores', 'total_scores']);
    expect(out.dimension_scores.dimension_scores.what_you_love.map((e) => e.text_score)).to.deep.equal([
      15, 9.666, 4.0005, 6, 0,
    ]);
    expect(out.dimension_scores.metadata.failed_dimensions).to.deep.equal([]);
    expect(out.total_scores.profession_scores.map((e) => e.total_score)).to.deep.equal([
      23.8, 9.666, 6, 4.0005, 0,
    ]);
    expect(out.total_scores.metadata.top_2_professions).to.deep.equal([10, 25]);
  });

  it('reads one document from stdin when no file is given', () => {
    const run = kenali([], JSON.stringify(SECOND));
    expect(run.status, run.stderr).to.equal(0);
    expect(lines(run.stdout)).to.deep.equal([expectedLine(SECOND)]);
  });

  it('defaults calculated_at to the current time', () => {
    const { calculated_at: _omit, ...doc } = SECOND;
    const before = Date.now();
    const out = JSON.parse(kenali([], JSON.stringify(doc)).stdout) as {
      total_scores: { metadata: { calculated_at: string } };
    };
    const at = Date.parse(out.total_scores.metadata.calculated_at);
    expect(at).to.be.within(before - 1000, Date.now() + 1000);
    expect(out.total_scores.metadata.calculated_at).to.match(/Z$/);
  });

  it('rejects a malformed file with exit 2 and one stderr line naming file and field, still printing the others', () => {
    const [a, bad, b] = [
      file('a.json', WORKED),
      file('missing-dimension.json', MISSING_DIMENSION),
      file('b.json', SECOND),
    ];
    const run = kenali([a, bad, b]);
    expect(run.status).to.equal(2);
    expect(lines(run.stdout)).to.deep.equal([expectedLine(WORKED), expectedLine(SECOND)]);
    expect(lines(run.stderr)).to.have.length(1);
    expect(run.stderr).to.include(bad).and.include('dimensions.what_the_world_needs');
  });

  it('names the offending field deep inside a document read from stdin', () => {
    const doc = {
      ...SECOND,
      candidates: [{ profession_id: 7 }, { profession_id: 8, congruence_score: 'high' }],
    };
    const run = kenali([], JSON.stringify(doc));
    expect(run.status).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(lines(run.stderr)).to.deep.equal([
      'kenali score: stdin: candidates[1].congruence_score: expected a number in [0, 1] or null, got "high"',
    ]);
  });

  it('reports a profession that is not a candidate as malformed', () => {
    const doc = {
      ...SECOND,
      dimensions: dims({ selected_profession_id: null, r_raw: [{ profession_id: 99, r_raw: 0.5 }] }),
    };
    const run = kenali([file('unknown.json', doc)]);
    expect(run.status).to.equal(2);
    expect(lines(run.stderr)).to.have.length(1);
    expect(run.stderr)
      .to.include('unknown.json')
      .and.include('dimensions.what_you_love.r_raw[0].profession_id');
  });

  it('reports invalid JSON and unreadable files with exit 2, one line each', () => {
    const broken = file('broken.json', '{"candidates": [\n');
    const run = kenali([broken, join(DIR, 'does-not-exist.json'), file('ok.json', SECOND)]);
    expect(run.status).to.equal(2);
    expect(lines(run.stdout)).to.deep.equal([expectedLine(SECOND)]);
    const errors = lines(run.stderr);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.include(broken).and.include('invalid JSON');
    expect(errors[1]).to.include('does-not-exist.json').and.include('ENOENT');
  });

  it('exits 2 on a usage error', () => {
    expect(kenali(['--no-such-option']).status).to.equal(2);
  });
});
