// @ts-nocheck
import { type CandidatesData, CONGRUENCE_TYPES } from '@kenali/domain';
import * as t from 'io-ts';

const oneOf = <T extends string>(values: readonly T[]) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<T, null>);

const CandidateEntryCodec = t.intersection([
  t.type({
    profession_id: t.number,
    riasec_code_id: t.union([t.number, t.null]),
    expansion_tier: t.union([t.literal(1), t.literal(2), t.literal(3), t.literal(4)]),
    congruence_type: oneOf(CONGRUENCE_TYPES),
    congruence_score: t.number,
    display_order: t.number,
    is_display_candidate: t.boolean,
  }),
  t.partial({ path: t.union([t.literal('A'), t.literal('B')]) }),
]);

const Scores = t.type({ R: t.number, I: t.number, A: t.number, S: t.number, E: t.number, C: t.number });

/** `candidates_data` as stored by the RIASEC submit; the Go side reads the same document. */
export const CandidatesDataCodec = t.type({
  candidates: t.readonlyArray(CandidateEntryCodec),
  metadata: t.type({
    total_candidates: t.number,
    user_riasec_code_id: t.number,
    user_riasec_code: t.string,
    user_riasec_scores: Scores,
    is_inconsistent_profile: t.boolean,
    expansion_strategy: t.keyof({ '4_tier_expansion': null, split_path: null }),
    expansion_summary: t.type({
      tier_1_exact: t.number,
      tier_2_congruent: t.number,
      tier_3_subset: t.number,
      tier_4_dominant: t.number,
    }),
    display_count: t.number,
    generated_at: t.string,
  }),
});

/** Brands are compile-time only, so a decoded document is the domain type. */
export const asCandidatesData = (decoded: t.TypeOf<typeof CandidatesDataCodec>): CandidatesData =>
  decoded as unknown as CandidatesData;
