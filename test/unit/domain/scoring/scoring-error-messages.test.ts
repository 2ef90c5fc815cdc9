import { expect } from 'chai';
import { type ScoringError, describeScoringError } from '@kenali/domain';

describe('describeScoringError', () => {
  const cases: [ScoringError, string][] = [
    [
      { _tag: 'ScoringInputInvalid', path: 'session_token', message: 'must be a string' },
      'session_token: must be a string',
    ],
    [
      { _tag: 'ScoringInputInvalid', path: '', message: 'must be an object' },
      '(document): must be an object',
    ],
    [{ _tag: 'NoCandidates', path: 'candidates' }, 'candidates: at least one candidate is required'],
    [
      { _tag: 'DuplicateProfession', path: 'candidates[1]', profession_id: 12 },
      'candidates[1]: profession 12 appears more than once',
    ],
    [
      {
        _tag: 'UnknownProfession',
        path: 'dimensions.what_you_love.r_raw[2].profession_id',
        profession_id: 7,
      },
      'dimensions.what_you_love.r_raw[2].profession_id: profession 7 is not among the candidates',
    ],
  ];
  for (const [error, line] of cases)
    it(`describes ${error._tag} at ${error.path || 'the root'}`, () => {
      expect(describeScoringError(error)).to.equal(line);
    });
});
