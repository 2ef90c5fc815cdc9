// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { LOW_INTEREST_WARNING, type RiasecScores, checkScoreValidity, validityWarning } from '@kenali/domain';

/** Literal fixtures: each total can be read off the object, so no test has to check its own fixture. */
const T119 = { R: 20, I: 20, A: 20, S: 20, E: 20, C: 19 };
const T120 = { R: 20, I: 20, A: 20, S: 20, E: 21, C: 19 };
const T149 = { R: 25, I: 25, A: 25, S: 25, E: 25, C: 24 };
const T150 = { R: 25, I: 25, A: 25, S: 25, E: 26, C: 24 };
const withTotal = (t: number): RiasecScores => ({ 119: T119, 120: T120, 149: T149, 150: T150 })[t]!;
const LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
/** One letter's score: 12 items answered 1–5. */
const letterScore = fc.integer({ min: 12, max: 60 });

describe('checkScoreValidity', () => {
  it('rejects six identical scores even when the total is high', () => {
    const all3 = { R: 36, I: 36, A: 36, S: 36, E: 36, C: 36 };
    expect(checkScoreValidity(all3)).to.deep.equal(
      E.left({ _tag: 'InvalidRiasecProfile', reason: 'uniform_scores', scores: all3, total: 216 }),
    );
  });

  it('reports identical low scores as uniform (checked first)', () => {
    const all1 = { R: 12, I: 12, A: 12, S: 12, E: 12, C: 12 };
    expect(checkScoreValidity(all1)).to.have.nested.property('left.reason', 'uniform_scores');
  });

  it('rejects a total of 119 as severely low', () => {
    const s = withTotal(119);
    expect(checkScoreValidity(s)).to.deep.equal(
      E.left({ _tag: 'InvalidRiasecProfile', reason: 'severe_low_interest', scores: s, total: 119 }),
    );
  });

  it('accepts 120 and 149 with the low-interest warning', () => {
    expect(checkScoreValidity(withTotal(120))).to.deep.equal(E.right(LOW_INTEREST_WARNING));
    expect(checkScoreValidity(withTotal(149))).to.deep.equal(E.right(LOW_INTEREST_WARNING));
  });

  it('accepts 150 without a warning', () => {
    expect(checkScoreValidity(withTotal(150))).to.deep.equal(E.right(null));
  });

  it('is uniform only when all six are equal: five equal and one different is a valid profile', () => {
    for (const odd of LETTERS) {
      const scores = { R: 40, I: 40, A: 40, S: 40, E: 40, C: 40, [odd]: 41 };
      expect(checkScoreValidity(scores), `${odd} differs`).to.deep.equal(E.right(null));
    }
    const lowFiveEqual = { R: 12, I: 12, A: 12, S: 12, E: 12, C: 13 };
    expect(checkScoreValidity(lowFiveEqual)).to.have.nested.property('left.reason', 'severe_low_interest');
  });

  it('decides by the total alone for any non-uniform profile: < 120 rejected, < 150 warned, else clean', () => {
    const profiles = fc
      .record({
        R: letterScore,
        I: letterScore,
        A: letterScore,
        S: letterScore,
        E: letterScore,
        C: letterScore,
      })
      .filter((s) => new Set(Object.values(s)).size > 1);
    fc.assert(
      fc.property(profiles, (scores) => {
        const total = Object.values(scores).reduce((sum, v) => sum + v, 0);
        const expected =
          total < 120
            ? E.left({ _tag: 'InvalidRiasecProfile', reason: 'severe_low_interest', scores, total })
            : E.right(total < 150 ? LOW_INTEREST_WARNING : null);
        expect(checkScoreValidity(scores)).to.deep.equal(expected);
      }),
    );
  });

  it('does not treat ties at the top as invalid', () => {
    expect(checkScoreValidity({ R: 50, I: 50, A: 50, S: 20, E: 20, C: 20 })).to.deep.equal(E.right(null));
  });

  it('writes the warning in Indonesian, addressed to "kamu"', () => {
    expect(LOW_INTEREST_WARNING).to.match(/\bkamu\b/);
  });
});

describe('validityWarning', () => {
  it('keeps the low-interest warning even with few candidates', () => {
    expect(validityWarning(LOW_INTEREST_WARNING, 1)).to.equal(LOW_INTEREST_WARNING);
  });

  it('warns about fewer than 3 candidates, naming the count', () => {
    expect(validityWarning(null, 2)).to.be.a('string').and.to.include('2 profesi');
    expect(validityWarning(null, 3)).to.equal(null);
  });
});
