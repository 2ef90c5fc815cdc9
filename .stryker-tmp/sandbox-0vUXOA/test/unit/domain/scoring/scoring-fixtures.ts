// @ts-nocheck
// Builders shared by the scoring tests (not a test file itself: mocha only loads *.test.ts).
import * as E from 'fp-ts/lib/Either.js';
import {
  ProfessionId,
  scoreIkigai,
  type DimensionKey,
  type DimensionRawScores,
  type IkigaiScoringInput,
  type IkigaiScoringResult,
  type ScoringCandidate,
  type ScoringError,
} from '@kenali/domain';

export const AT = '2026-01-01T00:00:00Z';

/** A valid answer that names nobody: every candidate scores 0 in that dimension. */
export const EMPTY: DimensionRawScores = { selected_profession_id: null, r_raw: [] };

export const candidate = (id: number, extra: Partial<ScoringCandidate> = {}): ScoringCandidate => ({
  profession_id: ProfessionId(id),
  ...extra,
});

export const answer = (
  pairs: readonly (readonly [number, number])[],
  selected: number | null = null,
): DimensionRawScores => ({
  selected_profession_id: selected,
  r_raw: pairs.map(([id, r]) => ({ profession_id: ProfessionId(id), r_raw: r })),
});

/** Dimensions not given are EMPTY. */
export const session = (
  candidates: readonly ScoringCandidate[],
  dims: Partial<Record<DimensionKey, DimensionRawScores>>,
): IkigaiScoringInput => ({
  candidates,
  dimensions: {
    what_you_love: EMPTY,
    what_you_are_good_at: EMPTY,
    what_the_world_needs: EMPTY,
    what_you_can_be_paid_for: EMPTY,
    ...dims,
  },
});

export const score = (value: IkigaiScoringInput): IkigaiScoringResult => {
  const result = scoreIkigai(value, AT);
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

export const scoreError = (value: IkigaiScoringInput): ScoringError => {
  const result = scoreIkigai(value, AT);
  if (E.isRight(result)) throw new Error('expected Left');
  return result.left;
};
