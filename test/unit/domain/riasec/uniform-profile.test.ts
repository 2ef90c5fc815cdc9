import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { RIASEC_LETTERS, type RiasecScores, checkScoreValidity } from '@kenali/domain';

describe('the uniform-profile check', () => {
  it('rejects six equal scores only: five equal and one different, at any position, is not uniform', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 21, max: 60 }),
        fc.integer({ min: 21, max: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (same, other, position) => {
          const scores = Object.fromEntries(
            RIASEC_LETTERS.map((letter, i) => [letter, i === position ? other : same]),
          ) as unknown as RiasecScores;
          const result = checkScoreValidity(scores);
          const uniform = E.isLeft(result) && result.left.reason === 'uniform_scores';
          expect(uniform).to.equal(same === other);
        },
      ),
    );
  });

  it('calls a profile uniform exactly when all six scores are equal, for any pattern of two values', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(30, 41), { minLength: 6, maxLength: 6 }), (values) => {
        const scores = Object.fromEntries(
          RIASEC_LETTERS.map((letter, i) => [letter, values[i]]),
        ) as unknown as RiasecScores;
        const result = checkScoreValidity(scores);
        const uniform = E.isLeft(result) && result.left.reason === 'uniform_scores';
        expect(uniform).to.equal(new Set(values).size === 1);
      }),
      { numRuns: 200 },
    );
    const split = { R: 30, I: 30, A: 41, S: 41, E: 41, C: 41 } as RiasecScores;
    expect(checkScoreValidity(split)).to.deep.equal(E.right(null));
  });
});
