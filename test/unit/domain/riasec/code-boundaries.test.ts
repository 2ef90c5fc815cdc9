/**
 * The edges of upstream §3.5's classification that the mutation run found unpinned: r1 exactly at 40 and
 * just under it, a gap of exactly 9, and the relative-gap condition (which only bites when r1 > 60, outside
 * the Likert range of 12..60, but `classify` is public and keeps upstream's rule).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DOMINANT_MIN_SCORE, MIN_GAP, SECOND_MIN_SCORE, classify } from '@kenali/domain';

describe('classify at its boundaries', () => {
  it('takes the thresholds of upstream §3.5', () => {
    expect([DOMINANT_MIN_SCORE, MIN_GAP, SECOND_MIN_SCORE]).to.deep.equal([40, 9, 30]);
  });

  it('r1 = 40 with a gap of exactly 9 is single; r1 = 39 with a larger gap is not', () => {
    expect(classify(40, 31, 20)).to.equal('single');
    expect(classify(39, 28, 10)).to.equal('triple');
  });

  it('r1 = 40 with a gap of 8 then 9 is dual; r1 = 39 with the same gaps is triple', () => {
    expect(classify(40, 32, 23)).to.equal('dual');
    expect(classify(39, 31, 22)).to.equal('triple');
  });

  it('a dual needs a gap of at least 9 below the second letter', () => {
    expect(classify(45, 40, 31)).to.equal('dual');
    expect(classify(45, 40, 32)).to.equal('triple');
  });

  it('applies the relative gap (≥ 15% of r1) when r1 is above 60', () => {
    expect(classify(70, 61, 10)).to.equal('triple'); // gap 9 is only 12.9% of 70
    expect(classify(70, 59, 10)).to.equal('single'); // gap 11 is 15.7% of 70
    expect(classify(70, 61, 52)).to.equal('triple'); // gap12 = 9 is not "< 9", so not dual either
  });

  it('below r1 = 40 is always triple, whatever the gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 39 }), fc.nat(27), fc.nat(27), (r1, a, b) => {
        const r2 = Math.max(12, r1 - a);
        const r3 = Math.max(12, r2 - b);
        expect(classify(r1, r2, r3)).to.equal('triple');
      }),
    );
  });
});
