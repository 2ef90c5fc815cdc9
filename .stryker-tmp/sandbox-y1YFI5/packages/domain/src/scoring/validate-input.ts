// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { DIMENSION_KEYS } from '../model/dimension.js';
import type { ScoringError } from './scoring-error.js';
import { scoringInputInvalid } from './scoring-error.js';
import type { IkigaiScoringInput } from './scoring-input.js';

/** Candidate profession id → its position in the candidate list (the final tie-break order). */
export type CandidatePositions = ReadonlyMap<number, number>;

const entryPath = (key: string, index: number, field: string): string =>
  `dimensions.${key}.r_raw[${index}].${field}`;

/**
 * Checks what the types cannot say: at least one candidate, unique candidate ids, finite numbers, and relevance
 * answers that name each candidate at most once and nothing else. Upstream's AI client silently dropped such
 * entries; here the adapter must do that (decisions §5), so reaching the pipeline with them is a bug upstream
 * of us and is reported instead of being guessed around.
 */
export const validateScoringInput = (
  input: IkigaiScoringInput,
): E.Either<ScoringError, CandidatePositions> => {
  const { candidates } = input;
  if (candidates.length === 0) return E.left({ _tag: 'NoCandidates', path: 'candidates' });
  const positions = new Map<number, number>();
  for (let i = 0; i < candidates.length; i++) {
    const { profession_id, congruence_score } = candidates[i];
    if (congruence_score !== undefined && congruence_score !== null && !Number.isFinite(congruence_score)) {
      return E.left(scoringInputInvalid(`candidates[${i}].congruence_score`, 'expected a finite number'));
    }
    if (positions.has(profession_id)) {
      return E.left({ _tag: 'DuplicateProfession', path: `candidates[${i}].profession_id`, profession_id });
    }
    positions.set(profession_id, i);
  }
  // Duplicate detection without a Set per dimension: remember in which dimension a position was last seen.
  const seenIn = new Array<number>(candidates.length).fill(-1);
  for (let d = 0; d < DIMENSION_KEYS.length; d++) {
    const key = DIMENSION_KEYS[d];
    const answer = input.dimensions[key].r_raw;
    if (answer === null) continue;
    for (let i = 0; i < answer.length; i++) {
      const { profession_id, r_raw } = answer[i];
      const position = positions.get(profession_id);
      if (position === undefined) {
        return E.left({ _tag: 'UnknownProfession', path: entryPath(key, i, 'profession_id'), profession_id });
      }
      if (seenIn[position] === d) {
        return E.left({
          _tag: 'DuplicateProfession',
          path: entryPath(key, i, 'profession_id'),
          profession_id,
        });
      }
      if (!Number.isFinite(r_raw))
        return E.left(scoringInputInvalid(entryPath(key, i, 'r_raw'), 'expected a finite number'));
      seenIn[position] = d;
    }
  }
  return E.right(positions);
};
