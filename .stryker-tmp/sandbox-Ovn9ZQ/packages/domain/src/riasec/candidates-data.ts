// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type { CandidateEntry } from '../model/candidate.js';
import type { RiasecCodeId } from '../model/ids.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import { catalogIncomplete, type CatalogIncomplete } from './riasec-error.js';
import type { ExpansionStrategy } from './expansion-plan.js';
import {
  type CandidateExpansion,
  displayCount,
  expansionSummary,
  type ExpansionSummary,
} from './expansion.js';

/** `ikigai_candidate_professions.candidates_data`, key for key as upstream §3.7 writes it. */
export interface CandidatesData {
  readonly candidates: readonly CandidateEntry[];
  readonly metadata: {
    readonly total_candidates: number;
    readonly user_riasec_code_id: RiasecCodeId;
    readonly user_riasec_code: string;
    readonly user_riasec_scores: RiasecScores;
    readonly is_inconsistent_profile: boolean;
    readonly expansion_strategy: ExpansionStrategy;
    readonly expansion_summary: ExpansionSummary;
    readonly display_count: number;
    readonly generated_at: string;
  };
}

export interface CandidatesDataInput {
  readonly expansion: CandidateExpansion;
  readonly riasec_code: string;
  readonly riasec_code_id: RiasecCodeId;
  readonly scores: RiasecScores;
  readonly is_inconsistent_profile: boolean;
  /** ISO timestamp supplied by the caller's clock. */
  readonly generated_at: string;
}

/** The stored document; an empty candidate list cannot be stored (CHECK 1..30), see decisions §4 (15). */
export const buildCandidatesData = (
  input: CandidatesDataInput,
): E.Either<CatalogIncomplete, CandidatesData> => {
  const { candidates, strategy } = input.expansion;
  if (candidates.length === 0) return E.left(catalogIncomplete(input.riasec_code));
  const { R, I, A, S, E: enterprising, C } = input.scores;
  return E.right({
    candidates,
    metadata: {
      total_candidates: candidates.length,
      user_riasec_code_id: input.riasec_code_id,
      user_riasec_code: input.riasec_code,
      user_riasec_scores: { R, I, A, S, E: enterprising, C },
      is_inconsistent_profile: input.is_inconsistent_profile,
      expansion_strategy: strategy,
      expansion_summary: expansionSummary(candidates),
      display_count: displayCount(candidates),
      generated_at: input.generated_at,
    },
  });
};
