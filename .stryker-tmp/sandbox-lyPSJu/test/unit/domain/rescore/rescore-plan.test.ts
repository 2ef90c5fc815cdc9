// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import {
  type CandidateEntry,
  DIMENSION_KEYS,
  type DimensionKey,
  type IkigaiScoringInput,
  ProfessionId,
  type RescorePlan,
  type ScoredSnapshot,
  SessionId,
  SessionToken,
  UserId,
  planRescore,
  scoreIkigai,
} from '@kenali/domain';

const IDS = [10, 25, 31, 15, 42];
const CANDIDATES = IDS.map((id, i): CandidateEntry => ({
  profession_id: ProfessionId(id),
  riasec_code_id: null,
  expansion_tier: 1,
  congruence_type: 'exact_match',
  congruence_score: 1 - i * 0.05,
  display_order: i + 1,
  is_display_candidate: i < 5,
}));
const RAW: Record<DimensionKey, number[]> = {
  what_you_love: [0.88, 0.72, 0.55, 0.61, 0.43],
  what_you_are_good_at: [0.5, 0.9, 0.4, 0.3, 0.2],
  what_the_world_needs: [0.7, 0.6, 0.5, 0.4, 0.3],
  what_you_can_be_paid_for: [0.2, 0.3, 0.9, 0.1, 0.5],
};
const SELECTED: Record<DimensionKey, number | null> = {
  what_you_love: 10,
  what_you_are_good_at: null,
  what_the_world_needs: 25,
  what_you_can_be_paid_for: null,
};
const AT = '2026-03-01T10:00:00.000Z';

const input = (raw = RAW, failed: readonly DimensionKey[] = []): IkigaiScoringInput => ({
  candidates: CANDIDATES.map((c) => ({ ...c, profession_name: `P${c.profession_id}` })),
  dimensions: Object.fromEntries(
    DIMENSION_KEYS.map((k) => [
      k,
      {
        selected_profession_id: SELECTED[k],
        r_raw: failed.includes(k)
          ? null
          : IDS.map((id, i) => ({ profession_id: ProfessionId(id), r_raw: raw[k][i] })),
      },
    ]),
  ) as IkigaiScoringInput['dimensions'],
});

/** What the service stores for `input`, read back as a snapshot (JSON round trip, like JSONB). */
const snapshotOf = (scoring: IkigaiScoringInput): ScoredSnapshot => {
  const scored = scoreIkigai(scoring, AT);
  if (E.isLeft(scored)) throw new Error('fixture does not score');
  const r = JSON.parse(JSON.stringify(scored.right)) as typeof scored.right;
  return {
    id: SessionId(7),
    userId: UserId('u'),
    token: SessionToken('t'),
    version: AT,
    scores: {
      dimensionScores: r.dimension_scores,
      totalScores: r.total_scores,
      topProfession1: r.top_profession1_id,
      topProfession2: r.top_profession2_id,
      aiModelUsed: 'offline-lexical-v1',
      totalApiCalls: 4,
      calculatedAt: new Date(AT),
    },
    candidates: CANDIDATES,
    selected: SELECTED,
    recommendation: null,
  };
};

const plan = (snapshot: ScoredSnapshot, now = new Date('2026-04-01T00:00:00Z'), fresh = {}): RescorePlan => {
  const planned = planRescore(snapshot, fresh, null, now);
  if (E.isLeft(planned)) throw new Error(`plan failed: ${JSON.stringify(planned.left)}`);
  return planned.right;
};

describe('planRescore', () => {
  it('reproduces a stored session exactly: Same, nothing to write', () => {
    expect(plan(snapshotOf(input()))._tag).to.equal('Same');
  });

  it('ignores JSONB key order in the stored documents', () => {
    const snapshot = snapshotOf(input());
    const reversed = JSON.parse(
      JSON.stringify(snapshot.scores.totalScores, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as ScoredSnapshot['scores']['totalScores'];
    expect(plan({ ...snapshot, scores: { ...snapshot.scores, totalScores: reversed } })._tag).to.equal(
      'Same',
    );
  });

  it('after one stored r_raw changes, ranks exactly as the pipeline does on the changed input', () => {
    const snapshot = snapshotOf(input());
    const changed = { ...RAW, what_you_are_good_at: [0.5, 0.9, 0.4, 0.3, 1] };
    // The stored dimension document now carries the new r_raw; the stored totals are the old ones.
    const edited = snapshotOf(input(changed));
    const stale: ScoredSnapshot = {
      ...snapshot,
      scores: { ...snapshot.scores, dimensionScores: edited.scores.dimensionScores },
    };
    const result = plan(stale);
    if (result._tag !== 'Different') throw new Error('expected a change');
    expect(result.scores.totalScores.profession_scores).to.deep.equal(
      edited.scores.totalScores.profession_scores,
    );
    const movedTo = (id: number) => result.diff.rank_moves.find((m) => m.profession_id === id)?.to;
    const newRank = edited.scores.totalScores.profession_scores.find(
      (e) => Number(e.profession_id) === 42,
    )?.rank;
    expect(movedTo(42)).to.equal(newRank);
    expect(result.diff.score_deltas.map((d) => d.profession_id)).to.include(42);
    expect(result.scores.calculatedAt.toISOString()).to.equal('2026-04-01T00:00:00.000Z');
    expect(result.scores.totalScores.metadata.calculated_at).to.equal('2026-04-01T00:00:00.000Z');
  });

  it('keeps the stored dimension document when only the ranking is stale', () => {
    const snapshot = snapshotOf(input());
    const totals = snapshot.scores.totalScores;
    const stale: ScoredSnapshot = {
      ...snapshot,
      scores: {
        ...snapshot.scores,
        totalScores: {
          ...totals,
          profession_scores: totals.profession_scores.map((e) => ({ ...e, total_score: e.total_score + 1 })),
        },
      },
    };
    const result = plan(stale);
    if (result._tag !== 'Different') throw new Error('expected a change');
    expect(result.dimensionsChanged).to.equal(false);
    expect(result.scores.dimensionScores).to.equal(snapshot.scores.dimensionScores);
    expect(result.scores.totalScores.profession_scores).to.deep.equal(totals.profession_scores);
    expect(result.diff.rank_moves).to.deep.equal([]);
    expect(result.diff.score_deltas.every((d) => d.delta === -1)).to.equal(true);
  });

  it('moves calculated_at strictly forward even when the clock is behind the stored time', () => {
    const snapshot = snapshotOf(input());
    const stale: ScoredSnapshot = {
      ...snapshot,
      scores: { ...snapshot.scores, topProfession1: 999 },
    };
    const result = plan(stale, new Date('2020-01-01T00:00:00Z'));
    if (result._tag !== 'Different') throw new Error('expected a change');
    expect(result.scores.calculatedAt.getTime()).to.equal(new Date(AT).getTime() + 1);
  });

  it('keeps a failed dimension failed (0.5 for all) unless it gets a fresh answer', () => {
    const snapshot = snapshotOf(input(RAW, ['what_the_world_needs']));
    expect(plan(snapshot)._tag).to.equal('Same');
    const fresh = {
      what_the_world_needs: IDS.map((id, i) => ({
        profession_id: ProfessionId(id),
        r_raw: RAW.what_the_world_needs[i],
      })),
    };
    const result = plan(snapshot, undefined, fresh);
    if (result._tag !== 'Different') throw new Error('expected a change');
    expect(result.scores.dimensionScores.metadata.failed_dimensions).to.deep.equal([]);
    expect(result.diff.failed_dimensions_before).to.deep.equal(['what_the_world_needs']);
    const full = snapshotOf(input());
    expect(result.scores.totalScores.profession_scores).to.deep.equal(
      full.scores.totalScores.profession_scores,
    );
  });

  it('reports a stored r_raw that is not a number as corrupt, with its path', () => {
    const snapshot = snapshotOf(input());
    const dims = structuredClone(snapshot.scores.dimensionScores);
    (dims.dimension_scores.what_you_love[2] as { r_raw: unknown }).r_raw = 'high';
    const planned = planRescore(
      { ...snapshot, scores: { ...snapshot.scores, dimensionScores: dims } },
      {},
      null,
      new Date(),
    );
    expect(planned).to.deep.equal(
      E.left({ _tag: 'StoredScoresCorrupt', session: 7, path: 'dimension_scores.what_you_love[2]' }),
    );
  });
});
