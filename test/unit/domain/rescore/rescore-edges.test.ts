import type {
  IkigaiDimensionScoresData,
  IkigaiTotalScoresData,
  ProfessionScoreEntry,
  RecommendationsData,
  ScoredSnapshot,
} from '@kenali/domain';
import { diffScores, jsonEqual, refreshRecommendation, revisionDiff, scoringInputOf } from '@kenali/domain';
import { expect } from 'chai';
import fc from 'fast-check';
import { expectLeft, expectRight, runRight } from '../../../support/expect-either.js';
import { RescoreHarness } from '../use-cases/rescore-harness.js';

/** JSON with sorted keys: the reference that jsonEqual must agree with. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

describe('jsonEqual (edges)', function () {
  it('agrees with a key-sorted serialisation on any two JSON values', function () {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(fc.property(json, json, (a, b) => jsonEqual(a, b) === (canonical(a) === canonical(b))));
    fc.assert(fc.property(json, (a) => jsonEqual(a, JSON.parse(canonical(a)))));
  });

  it('tells scalars, null, arrays and array-like objects apart', function () {
    expect(jsonEqual(1, 2)).to.equal(false);
    expect(jsonEqual('a', 'b')).to.equal(false);
    expect(jsonEqual(null, {})).to.equal(false);
    expect(jsonEqual({}, null)).to.equal(false);
    expect(jsonEqual(1, {})).to.equal(false);
    expect(jsonEqual({}, 1)).to.equal(false);
    expect(jsonEqual({}, [])).to.equal(false);
    expect(jsonEqual([1], { 0: 1, length: 1 })).to.equal(false);
    expect(jsonEqual([1], [1, 2])).to.equal(false);
  });

  it('ignores undefined keys on either side and inherited keys, as JSON does', function () {
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).to.equal(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).to.equal(true);
    const inherited = Object.create({ x: 1 }) as Record<string, unknown>;
    inherited.a = 1;
    expect(jsonEqual(inherited, { a: 1 })).to.equal(true);
    expect(jsonEqual({ a: 1 }, inherited)).to.equal(true);
  });
});

const totals = (entries: [id: number, rank: number, total: number][]): IkigaiTotalScoresData =>
  ({
    profession_scores: entries.map(([profession_id, rank, total_score]) => ({
      profession_id,
      rank,
      total_score,
    })),
  }) as unknown as IkigaiTotalScoresData;
const dims = (failed?: string[]): IkigaiDimensionScoresData =>
  ({
    metadata: failed === undefined ? {} : { failed_dimensions: failed },
  }) as unknown as IkigaiDimensionScoresData;

describe('diffScores (edges)', function () {
  it('reads the top two by rank, whatever the stored order', function () {
    const before = totals([
      [3, 3, 0.1],
      [1, 1, 0.9],
      [2, 2, 0.5],
    ]);
    const after = totals([
      [2, 2, 0.5],
      [3, 3, 0.1],
      [1, 1, 0.9],
    ]);
    const diff = diffScores(
      { totals: before, dimensions: dims([]) },
      { totals: after, dimensions: dims([]) },
    );
    expect(diff).to.deep.equal({
      top_2_before: [1, 2],
      top_2_after: [1, 2],
      top_2_changed: false,
      rank_moves: [],
      score_deltas: [],
      max_abs_delta: 0,
      failed_dimensions_before: [],
      failed_dimensions_after: [],
    });
  });

  it('lists rank moves in new-rank order, new and dropped professions, and the largest delta', function () {
    const before = totals([
      [1, 1, 0.9],
      [2, 2, 0.8],
      [3, 3, 0.5],
      [4, 4, 0.2],
    ]);
    const after = totals([
      [5, 4, 0.1],
      [3, 1, 0.95],
      [1, 2, 0.9],
      [2, 3, 0.7],
    ]);
    const diff = diffScores(
      { totals: before, dimensions: dims() },
      { totals: after, dimensions: dims(['what_you_love']) },
    );
    expect(diff.rank_moves).to.deep.equal([
      { profession_id: 3, from: 3, to: 1 },
      { profession_id: 1, from: 1, to: 2 },
      { profession_id: 2, from: 2, to: 3 },
      { profession_id: 5, from: null, to: 4 },
      { profession_id: 4, from: 4, to: null },
    ]);
    expect(diff.score_deltas).to.deep.equal([
      { profession_id: 3, from: 0.5, to: 0.95, delta: 0.45 },
      { profession_id: 2, from: 0.8, to: 0.7, delta: -0.1 },
      { profession_id: 5, from: 0, to: 0.1, delta: 0.1 },
      { profession_id: 4, from: 0.2, to: 0, delta: -0.2 },
    ]);
    expect(diff.max_abs_delta).to.equal(0.45);
    expect(diff.failed_dimensions_before).to.deep.equal([]);
    expect(diff.failed_dimensions_after).to.deep.equal(['what_you_love']);
    expect(revisionDiff(diff)).to.deep.equal({
      top_2_before: [1, 2],
      top_2_after: [3, 1],
      top_2_changed: true,
      rank_moves: diff.rank_moves,
      max_abs_delta: 0.45,
      failed_dimensions_before: [],
      failed_dimensions_after: ['what_you_love'],
      changed_scores: 4,
    });
  });

  it('counts the top two as changed when either place changes, and gives null for missing places', function () {
    const of = (a: [number, number, number][], b: [number, number, number][]) =>
      diffScores({ totals: totals(a), dimensions: dims([]) }, { totals: totals(b), dimensions: dims([]) });
    expect(
      of(
        [
          [1, 1, 1],
          [2, 2, 0.5],
        ],
        [
          [1, 1, 1],
          [3, 2, 0.5],
        ],
      ).top_2_changed,
    ).to.equal(true);
    expect(
      of(
        [
          [1, 1, 1],
          [2, 2, 0.5],
        ],
        [
          [3, 1, 1],
          [2, 2, 0.5],
        ],
      ).top_2_changed,
    ).to.equal(true);
    expect(
      of(
        [
          [1, 1, 1],
          [2, 2, 0.5],
        ],
        [
          [2, 1, 1],
          [1, 2, 0.5],
        ],
      ).top_2_changed,
    ).to.equal(true);
    const single = of([[7, 1, 1]], []);
    expect([single.top_2_before, single.top_2_after, single.top_2_changed]).to.deep.equal([
      [7, null],
      [null, null],
      true,
    ]);
  });
});

describe('scoringInputOf (stored documents it cannot read)', function () {
  let snapshot: ScoredSnapshot;
  beforeEach(async function () {
    const h = await new RescoreHarness().init();
    [snapshot] = await runRight(h.store.loadScored([h.session.id]));
    if (!snapshot) throw new Error('no snapshot');
  });
  const withDimension = (value: unknown): ScoredSnapshot => ({
    ...snapshot,
    scores: {
      ...snapshot.scores,
      dimensionScores: {
        ...snapshot.scores.dimensionScores,
        dimension_scores: {
          ...snapshot.scores.dimensionScores.dimension_scores,
          what_the_world_needs: value,
        },
      } as never,
    },
  });

  it('names the first entry that is not a {profession_id, r_raw} of numbers', function () {
    const rows = snapshot.scores.dimensionScores.dimension_scores.what_the_world_needs;
    const bad = [null, 5, { ...rows[0], profession_id: '1' }, { ...rows[0], r_raw: '0.5' }];
    for (const entry of bad)
      expect(
        expectLeft(scoringInputOf(withDimension([rows[0], entry]), {})),
        JSON.stringify(entry),
      ).to.deep.equal({
        _tag: 'StoredScoresCorrupt',
        session: snapshot.id,
        path: 'dimension_scores.what_the_world_needs[1]',
      });
    expect(expectLeft(scoringInputOf(withDimension('x'), {})).path).to.equal(
      'dimension_scores.what_the_world_needs',
    );
    // A fresh answer replaces the unreadable stored one.
    expect(
      expectRight(scoringInputOf(withDimension('x'), { what_the_world_needs: [] })).dimensions
        .what_the_world_needs.r_raw,
    ).to.deep.equal([]);
  });

  it('reads old documents without failed_dimensions or profession_scores', function () {
    const old = {
      ...snapshot,
      scores: {
        ...snapshot.scores,
        dimensionScores: { ...snapshot.scores.dimensionScores, metadata: {} },
        totalScores: { ...snapshot.scores.totalScores, profession_scores: undefined },
      },
    } as unknown as ScoredSnapshot;
    const input = expectRight(scoringInputOf(old, {}));
    expect(input.candidates.map((c) => c.profession_name)).to.deep.equal(snapshot.candidates.map(() => null));
    expect(input.dimensions.what_you_love.r_raw).to.have.length(snapshot.candidates.length);
  });
});

describe('refreshRecommendation (a recommended profession no longer ranked)', function () {
  it('keeps that profession as stored and refreshes the others', function () {
    const ranked = [{ profession_id: 11, rank: 1, total_score: 80 }] as unknown as ProfessionScoreEntry[];
    const kept = { profession_id: 99, rank: 2, match_percentage: 10, score_breakdown: {} };
    const data = {
      recommended_professions: [
        { profession_id: 11, rank: 5, match_percentage: 1, score_breakdown: {} },
        kept,
      ],
    } as unknown as RecommendationsData;
    const refreshed = refreshRecommendation(data, ranked);
    expect(refreshed?.recommended_professions[1]).to.deep.equal(kept);
    expect(refreshed?.recommended_professions[0].rank).to.equal(1);
  });
});
