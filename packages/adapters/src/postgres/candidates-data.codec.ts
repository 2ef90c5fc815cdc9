import { type CandidatesData, CONGRUENCE_TYPES, MAX_DISPLAY_ORDER } from '@kenali/domain';
import * as t from 'io-ts';

const oneOf = <T extends string>(values: readonly T[]) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<T, null>);

const CandidateEntryCodec = t.intersection([
  t.type({
    profession_id: t.number,
    expansion_tier: t.union([t.literal(1), t.literal(2), t.literal(3), t.literal(4)]),
    congruence_type: oneOf(CONGRUENCE_TYPES),
    congruence_score: t.number,
    display_order: t.number,
  }),
  t.partial({
    // Upstream's writer never stored `is_display_candidate` (upstream §3.7): derived on read below.
    is_display_candidate: t.boolean,
    riasec_code_id: t.union([t.number, t.null]),
    path: t.union([t.literal('A'), t.literal('B')]),
  }),
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

type Decoded = t.TypeOf<typeof CandidatesDataCodec>;
type DecodedEntry = Decoded['candidates'][number];

const complete = (c: DecodedEntry): boolean =>
  c.is_display_candidate !== undefined && c.riasec_code_id !== undefined;

/**
 * Brands are compile-time only, so a decoded document is the domain type once every entry has the fields
 * kenali writes. Documents upstream wrote lack `is_display_candidate`: it is derived as upstream's readers
 * do (`display_order` ≤ 5, REXTRA-AI); a missing `riasec_code_id` is null. kenali's own documents are
 * passed through without a copy (hot read path).
 */
export const asCandidatesData = (decoded: Decoded): CandidatesData => {
  if (decoded.candidates.every(complete)) return decoded as unknown as CandidatesData;
  const candidates = decoded.candidates.map((c) => ({
    ...c,
    riasec_code_id: c.riasec_code_id ?? null,
    is_display_candidate: c.is_display_candidate ?? c.display_order <= MAX_DISPLAY_ORDER,
  }));
  return { ...decoded, candidates } as unknown as CandidatesData;
};
