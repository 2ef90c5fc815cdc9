// @ts-nocheck
import type { ProfessionId, RiasecCodeId } from './ids.js';

export const CONGRUENCE_TYPES = [
  'exact_match',
  'congruent_primer',
  'congruent_secondary',
  'congruent_adjacent',
  'congruent_permutation',
  'subset_adjacent',
  'subset_alternate',
  'dominant_single',
] as const;
export type CongruenceType = (typeof CONGRUENCE_TYPES)[number];

export type ExpansionTier = 1 | 2 | 3 | 4;
export type SplitPath = 'A' | 'B';

/** One entry of `ikigai_candidate_professions.candidates_data.candidates` (upstream §3.7). */
export interface CandidateEntry {
  readonly profession_id: ProfessionId;
  readonly riasec_code_id: RiasecCodeId | null;
  readonly expansion_tier: ExpansionTier;
  readonly congruence_type: CongruenceType;
  readonly congruence_score: number;
  readonly display_order: number;
  readonly is_display_candidate: boolean;
  readonly path?: SplitPath;
}

export const MAX_CANDIDATES = 30;
export const MAX_DISPLAY_ORDER = 5;
