// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { LOW_INTEREST_WARNING, type RiasecScores, checkScoreValidity, validityWarning } from '@kenali/domain';

const withTotal = (total: number): RiasecScores => {
  // Uneven on purpose so the uniform rule never fires: C takes whatever the other five leave.
  const rest = [0, 1, 2, 3, 4].map((i) => Math.floor(total / 6) + (i % 2 === 0 ? 1 : -1));
  const [R, I, A, S, E] = rest as [number, number, number, number, number];
  return { R, I, A, S, E, C: total - (R + I + A + S + E) };
};
const total = (s: RiasecScores): number => s.R + s.I + s.A + s.S + s.E + s.C;

describe('checkScoreValidity', () => {
  it('builds the fixture totals it claims', () => {
    expect([119, 120, 149, 150].map((t) => total(withTotal(t)))).to.deep.equal([119, 120, 149, 150]);
  });

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
