/**
 * Constants of the Ikigai formula (upstream §4.8 step 6, scales fixed by decisions §4 (28)):
 * text 0–15, click 0–10, dimension 0–25, total 0–100.
 */
// @ts-nocheck


/** Text score T = 15 × r_normalized (15 % of a dimension's 100-point share, on the 0–100 scale). */
export const TEXT_WEIGHT = 15;
/** Click score A = 10 × r_raw, only for the profession the user picked in that dimension. */
export const CLICK_WEIGHT = 10;
/** r_raw every profession gets when a dimension's AI call failed (upstream §4.8 step 5). */
export const FALLBACK_R_RAW = 0.5;
/** r_normalized of every profession when a dimension's r_raw values have zero range. */
export const ZERO_RANGE_R_NORMALIZED = 0.5;
/** Congruence used for ranking when a candidate entry carries none (upstream §4.8 step 7). */
export const DEFAULT_CONGRUENCE_SCORE = 0.5;
/** Name used when a candidate carries none (upstream §4.8 step 7). */
export const UNKNOWN_PROFESSION_NAME = 'Unknown';
/** Stored in `metadata.scoring_strategy` (upstream §4.9; "scoring_method" is the wrong old name). */
export const SCORING_STRATEGY = 'batch_semantic_matching';
/** The secondary sort keys after total_score, in order (decisions §4 (27)). */
export const TIEBREAK_CRITERIA = ['intrinsic_score', 'congruence_score', 'avg_r_normalized'] as const;
export type TiebreakCriterion = (typeof TIEBREAK_CRITERIA)[number];
