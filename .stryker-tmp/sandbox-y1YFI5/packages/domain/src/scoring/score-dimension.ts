// @ts-nocheck
import type { DimensionScoreEntry, NormalizationParams } from './scores-data.js';
import type { DimensionRawScores, RawRelevance, ScoringCandidate } from './scoring-input.js';
import type { CandidatePositions } from './validate-input.js';
import { round4 } from './round-half-even.js';
import { CLICK_WEIGHT, FALLBACK_R_RAW, TEXT_WEIGHT, ZERO_RANGE_R_NORMALIZED } from './weights.js';

export interface DimensionResult {
  /** In the order of the AI answer (candidate order for a failed call), as stored. */
  readonly entries: DimensionScoreEntry[];
  /** The same entries indexed by candidate position; `undefined` where the candidate has no entry. */
  readonly byPosition: readonly (DimensionScoreEntry | undefined)[];
  readonly params: NormalizationParams;
  readonly failed: boolean;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Upstream §4.8 steps 5–6 for one dimension. r_raw is clamped to [0,1] and rounded to 4 dp first (the AI
 * client did this upstream), so min/max, normalisation and the click score all see the stored r_raw.
 * A failed call (`r_raw: null`) gives every candidate 0.5, in candidate order.
 */
export const scoreDimension = (
  candidates: readonly ScoringCandidate[],
  raw: DimensionRawScores,
  positions: CandidatePositions,
): DimensionResult => {
  const failed = raw.r_raw === null;
  const items: readonly RawRelevance[] =
    raw.r_raw ??
    candidates.map((candidate) => ({ profession_id: candidate.profession_id, r_raw: FALLBACK_R_RAW }));
  const count = items.length;
  const values = new Array<number>(count);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const value = round4(clamp01(items[i].r_raw));
    values[i] = value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  // An empty answer has no range; upstream stores 0/1 so the params stay meaningful.
  if (count === 0) [min, max] = [0, 1];
  const range = max - min;
  // Entries exist only for candidates, so a selected id that is not a candidate matches nothing and is thereby
  // ignored (upstream §4.8 step 3): nobody gets click points in that dimension.
  const selected = raw.selected_profession_id;
  const entries = new Array<DimensionScoreEntry>(count);
  const byPosition = new Array<DimensionScoreEntry | undefined>(candidates.length).fill(undefined);
  for (let i = 0; i < count; i++) {
    const profession_id = items[i].profession_id;
    const r_raw = values[i];
    const r_normalized = range === 0 ? ZERO_RANGE_R_NORMALIZED : clamp01(round4((r_raw - min) / range));
    const text_score = round4(TEXT_WEIGHT * r_normalized);
    const click_score = profession_id === selected ? round4(CLICK_WEIGHT * r_raw) : 0;
    const dimension_total = round4(text_score + click_score);
    const entry = { profession_id, r_raw, r_normalized, text_score, click_score, dimension_total };
    entries[i] = entry;
    const position = positions.get(profession_id);
    if (position !== undefined) byPosition[position] = entry;
  }
  return {
    entries,
    byPosition,
    params: { r_min: round4(min), r_max: round4(max), professions_evaluated: count },
    failed,
  };
};
