// @ts-nocheck
import type { DimensionKey } from '../../model/dimension.js';
import { round4 } from '../../scoring/round-half-even.js';
import type { IkigaiDimensionScoresData, IkigaiTotalScoresData } from '../../scoring/scores-data.js';

export interface RankMove {
  readonly profession_id: number;
  /** null: the profession was not ranked before (or is not any more). */
  readonly from: number | null;
  readonly to: number | null;
}

export interface ScoreDelta {
  readonly profession_id: number;
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

/** What a rescore changes in the ranking; stored in the revision row and printed by `--dry-run`. */
export type RescoreDiff = {
  readonly top_2_before: [number | null, number | null];
  readonly top_2_after: [number | null, number | null];
  readonly top_2_changed: boolean;
  /** Only professions whose rank changed, in new-rank order. */
  readonly rank_moves: RankMove[];
  /** Only professions whose total_score changed (0 for one that is absent on a side). */
  readonly score_deltas: ScoreDelta[];
  readonly max_abs_delta: number;
  readonly failed_dimensions_before: DimensionKey[];
  readonly failed_dimensions_after: DimensionKey[];
};

const top2 = (doc: IkigaiTotalScoresData): [number | null, number | null] => {
  const ranked = [...doc.profession_scores].sort((a, b) => a.rank - b.rank);
  return [ranked[0]?.profession_id ?? null, ranked[1]?.profession_id ?? null];
};

/** Rank moves and score deltas between the stored and the recomputed ranking. */
export const diffScores = (
  before: { readonly totals: IkigaiTotalScoresData; readonly dimensions: IkigaiDimensionScoresData },
  after: { readonly totals: IkigaiTotalScoresData; readonly dimensions: IkigaiDimensionScoresData },
): RescoreDiff => {
  const old = new Map(before.totals.profession_scores.map((e) => [Number(e.profession_id), e]));
  const seen = new Set<number>();
  const rankMoves: RankMove[] = [];
  const scoreDeltas: ScoreDelta[] = [];
  let maxAbsDelta = 0;
  const note = (id: number, fromRank: number | null, toRank: number | null, from: number, to: number) => {
    if (fromRank !== toRank) rankMoves.push({ profession_id: id, from: fromRank, to: toRank });
    if (from !== to) {
      const delta = round4(to - from);
      scoreDeltas.push({ profession_id: id, from, to, delta });
      maxAbsDelta = Math.max(maxAbsDelta, Math.abs(delta));
    }
  };
  for (const entry of [...after.totals.profession_scores].sort((a, b) => a.rank - b.rank)) {
    const id = Number(entry.profession_id);
    const previous = old.get(id);
    seen.add(id);
    note(id, previous?.rank ?? null, entry.rank, previous?.total_score ?? 0, entry.total_score);
  }
  for (const [id, entry] of old) if (!seen.has(id)) note(id, entry.rank, null, entry.total_score, 0);
  const top2Before = top2(before.totals);
  const top2After = top2(after.totals);
  return {
    top_2_before: top2Before,
    top_2_after: top2After,
    top_2_changed: top2Before[0] !== top2After[0] || top2Before[1] !== top2After[1],
    rank_moves: rankMoves,
    score_deltas: scoreDeltas,
    max_abs_delta: maxAbsDelta,
    failed_dimensions_before: [...(before.dimensions.metadata.failed_dimensions ?? [])],
    failed_dimensions_after: [...after.dimensions.metadata.failed_dimensions],
  };
};

/**
 * What a revision row keeps of a diff: everything but the per-profession deltas, which `old_total_scores` and
 * the current totals hold anyway (storing them made each revision's write about a quarter dearer).
 */
export type RevisionDiff = Omit<RescoreDiff, 'score_deltas'> & { readonly changed_scores: number };

export const revisionDiff = ({ score_deltas, ...rest }: RescoreDiff): RevisionDiff => ({
  ...rest,
  changed_scores: score_deltas.length,
});
