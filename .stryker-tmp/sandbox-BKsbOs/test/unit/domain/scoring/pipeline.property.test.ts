// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import {
  DIMENSION_KEYS,
  ProfessionId,
  round4,
  scoreIkigai,
  type DimensionRawScores,
  type IkigaiScoringInput,
  type IkigaiScoringResult,
} from '@kenali/domain';

// Coarse r_raw values (and duplicates of whole answers) make equal totals, hence ties, common.
const rRaw = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map((n) => n / 10),
  fc.double({ min: -0.5, max: 1.5, noNaN: true }),
);

const dimension = (ids: readonly number[]): fc.Arbitrary<DimensionRawScores> =>
  fc.record({
    selected_profession_id: fc.oneof(fc.constant(null), fc.constantFrom(...ids), fc.constant(10_000)),
    r_raw: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 6,
        arbitrary: fc
          .shuffledSubarray([...ids])
          .chain((subset) =>
            fc.tuple(...subset.map((id) => rRaw.map((r) => ({ profession_id: ProfessionId(id), r_raw: r })))),
          ),
      },
    ),
  });

const session: fc.Arbitrary<IkigaiScoringInput> = fc
  .uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 30 })
  .chain((ids) =>
    fc.record({
      candidates: fc
        .constant(ids.map((id) => ({ profession_id: ProfessionId(id) })))
        .chain((base) =>
          fc.tuple(
            ...base.map((c) =>
              fc
                .option(fc.constantFrom(0.55, 0.75, 0.95, 1), { nil: undefined })
                .map((g) => ({ ...c, congruence_score: g })),
            ),
          ),
        ),
      dimensions: fc.record({
        what_you_love: dimension(ids),
        what_you_are_good_at: dimension(ids),
        what_the_world_needs: dimension(ids),
        what_you_can_be_paid_for: dimension(ids),
      }),
    }),
  );

const run = (input: IkigaiScoringInput): IkigaiScoringResult => {
  const result = scoreIkigai(input, '2026-01-01T00:00:00Z');
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe('scoreIkigai properties', () => {
  it('keeps every score inside its scale (text 0–15, click 0–10, dimension 0–25, total 0–100)', () => {
    fc.assert(
      fc.property(session, (input) => {
        const result = run(input);
        for (const key of DIMENSION_KEYS) {
          for (const e of result.dimension_scores.dimension_scores[key]) {
            expect(e.r_raw).to.be.within(0, 1);
            expect(e.r_normalized).to.be.within(0, 1);
            expect(e.text_score).to.be.within(0, 15);
            expect(e.click_score).to.be.within(0, 10);
            expect(e.dimension_total).to.be.within(0, 25);
          }
        }
        for (const e of result.total_scores.profession_scores) {
          expect(e.total_score).to.be.within(0, 100);
          expect(e.intrinsic_score).to.be.within(0, 50);
          expect(e.extrinsic_score).to.be.within(0, 50);
          for (const value of [e.total_score, e.intrinsic_score, e.extrinsic_score, e.avg_r_normalized]) {
            expect(round4(value)).to.equal(value);
          }
        }
      }),
    );
  });

  it('ranks every candidate exactly once, 1..N, in non-increasing key order', () => {
    fc.assert(
      fc.property(session, (input) => {
        const ranked = run(input).total_scores.profession_scores;
        expect(ranked.map((e) => e.rank)).to.deep.equal(ranked.map((_, i) => i + 1));
        expect(ranked.map((e) => e.profession_id).sort((a, b) => a - b)).to.deep.equal(
          input.candidates.map((c) => c.profession_id).sort((a, b) => a - b),
        );
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          const keyA = [a.total_score, a.intrinsic_score, a.congruence_score, a.avg_r_normalized];
          const keyB = [b.total_score, b.intrinsic_score, b.congruence_score, b.avg_r_normalized];
          const firstDiff = keyA.findIndex((v, k) => v !== keyB[k]);
          if (firstDiff >= 0) expect(keyA[firstDiff]).to.be.greaterThan(keyB[firstDiff]);
        }
      }),
    );
  });

  it('applies tie-breaking iff two or more professions share the top total', () => {
    fc.assert(
      fc.property(session, (input) => {
        const { profession_scores, metadata } = run(input).total_scores;
        const top = Math.max(...profession_scores.map((e) => e.total_score));
        const tied = input.candidates
          .map((c) => c.profession_id)
          .filter((id) => profession_scores.find((e) => e.profession_id === id)!.total_score === top);
        expect(metadata.tie_breaking_applied).to.equal(tied.length >= 2);
        if (tied.length >= 2) expect(metadata.tie_breaking_details?.tied_profession_ids).to.deep.equal(tied);
        else expect(metadata.tie_breaking_details).to.equal(null);
      }),
    );
  });

  it('awards click points only to the selected candidate, as 10 × r_raw', () => {
    fc.assert(
      fc.property(session, (input) => {
        const result = run(input);
        for (const key of DIMENSION_KEYS) {
          const selected = input.dimensions[key].selected_profession_id;
          for (const e of result.dimension_scores.dimension_scores[key]) {
            if (e.profession_id === selected) expect(e.click_score).to.equal(round4(10 * e.r_raw));
            else expect(e.click_score).to.equal(0);
          }
        }
      }),
    );
  });

  it('lists each answer in its own order and reports exactly the failed dimensions', () => {
    fc.assert(
      fc.property(session, (input) => {
        const result = run(input);
        for (const key of DIMENSION_KEYS) {
          const raw = input.dimensions[key].r_raw;
          const expected = (raw ?? input.candidates).map((e) => e.profession_id);
          expect(result.dimension_scores.dimension_scores[key].map((e) => e.profession_id)).to.deep.equal(
            expected,
          );
        }
        const failed = DIMENSION_KEYS.filter((key) => input.dimensions[key].r_raw === null);
        expect(result.dimension_scores.metadata.failed_dimensions).to.deep.equal(failed);
        expect(result.dimension_scores.metadata.fallback_used).to.equal(failed.length > 0);
      }),
    );
  });
});
