import { expect } from 'chai';
import { answer, candidate, score, scoreError, session } from './scoring-fixtures.js';

describe('scoreIkigai refuses non-finite numbers that bypass the codec', () => {
  it('names a congruence score that is NaN or infinite, and accepts a missing or null one', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity])
      expect(
        scoreError(session([candidate(1), candidate(2, { congruence_score: bad })], {})),
      ).to.deep.include({
        _tag: 'ScoringInputInvalid',
        path: 'candidates[1].congruence_score',
        message: 'expected a finite number',
      });
    for (const fine of [null, undefined, 0, 1]) {
      const result = score(session([candidate(1, { congruence_score: fine })], {}));
      expect(result.total_scores.profession_scores).to.have.length(1);
    }
  });

  it('names an r_raw that is NaN or infinite', () => {
    for (const bad of [Number.NaN, Infinity])
      expect(
        scoreError(
          session([candidate(1), candidate(2)], {
            what_you_love: answer(
              [
                [1, 0.4],
                [2, bad],
              ],
              null,
            ),
          }),
        ),
      ).to.deep.include({
        _tag: 'ScoringInputInvalid',
        path: 'dimensions.what_you_love.r_raw[1].r_raw',
        message: 'expected a finite number',
      });
  });
});
