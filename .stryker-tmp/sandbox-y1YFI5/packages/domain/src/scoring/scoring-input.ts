// @ts-nocheck
import type { CandidateEntry } from '../model/candidate.js';
import type { DimensionKey } from '../model/dimension.js';
import type { ProfessionId } from '../model/ids.js';

/**
 * A profession to score. A stored `CandidateEntry` fits as is; the name comes from the scoring contexts.
 * Missing `congruence_score` ranks as 0.5 and a missing name is stored as "Unknown" (upstream §4.8 step 7).
 */
export type ScoringCandidate = Pick<CandidateEntry, 'profession_id'> &
  Partial<Pick<CandidateEntry, 'display_order'>> & {
    readonly profession_name?: string | null;
    readonly congruence_score?: number | null;
  };

/** One item of a relevance answer: how well the dimension's text fits one profession (0..1, clamped). */
export interface RawRelevance {
  readonly profession_id: ProfessionId;
  readonly r_raw: number;
}

/** What the pipeline needs from one answered dimension. */
export interface DimensionRawScores {
  /** The profession clicked in this dimension; ids that are not candidates count as "not selected". */
  readonly selected_profession_id: number | null;
  /**
   * The AI's relevance answer in its own order, or `null` when the call failed (then every candidate gets
   * r_raw 0.5 and the dimension is reported in `failed_dimensions`). A candidate absent from the array has
   * no entry in this dimension and scores 0 there.
   */
  readonly r_raw: readonly RawRelevance[] | null;
}

/** Input of {@link scoreIkigai}: candidates in stored order (the final tie-break) and all four dimensions. */
export interface IkigaiScoringInput {
  readonly candidates: readonly ScoringCandidate[];
  readonly dimensions: Readonly<Record<DimensionKey, DimensionRawScores>>;
}
