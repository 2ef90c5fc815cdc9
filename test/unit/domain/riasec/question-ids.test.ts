import { expect } from 'chai';
import fc from 'fast-check';
import { QUESTION_COUNT, isQuestionId, questionTypeIndex } from '@kenali/domain';

describe('isQuestionId', () => {
  it('accepts exactly the integers 1..72', () => {
    expect(QUESTION_COUNT).to.equal(72);
    expect([0, 1, 72, 73].map(isQuestionId)).to.deep.equal([false, true, true, false]);
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (id) => {
        expect(isQuestionId(id)).to.equal(Number.isInteger(id) && id >= 1 && id <= 72);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 72 }), (id) => {
        expect(isQuestionId(id)).to.equal(true);
      }),
    );
  });

  it('gives ids outside the bank no type', () => {
    expect([0, 73, 1.5, -12, Number.NaN].map(questionTypeIndex)).to.deep.equal([-1, -1, -1, -1, -1]);
    expect([1, 12, 13, 72].map(questionTypeIndex)).to.deep.equal([0, 0, 1, 5]);
  });
});
