// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import {
  HEXAGON_DISTANCE_MATRIX,
  RIASEC_LETTERS,
  type RiasecLetter,
  classifyFit,
  fitMatchScore,
  hexagonDistance,
} from '@kenali/domain';

const letters = (code: string): RiasecLetter[] => [...code] as RiasecLetter[];

describe('hexagon distance', () => {
  it('is 0 same, 1 adjacent, 2 alternate, 3 opposite', () => {
    expect(HEXAGON_DISTANCE_MATRIX).to.deep.equal([
      [0, 1, 2, 3, 2, 1],
      [1, 0, 1, 2, 3, 2],
      [2, 1, 0, 1, 2, 3],
      [3, 2, 1, 0, 1, 2],
      [2, 3, 2, 1, 0, 1],
      [1, 2, 3, 2, 1, 0],
    ]);
    expect([hexagonDistance('R', 'S'), hexagonDistance('I', 'E'), hexagonDistance('A', 'C')]).to.deep.equal([
      3, 3, 3,
    ]);
    expect([hexagonDistance('C', 'R'), hexagonDistance('E', 'C'), hexagonDistance('R', 'A')]).to.deep.equal([
      1, 1, 2,
    ]);
  });
});

describe('fitMatchScore', () => {
  it('is 1 − mean positional distance / 3, rounded to 2 dp, over the shorter code', () => {
    expect(fitMatchScore(letters('IRC'), letters('ICR'))).to.equal(0.78);
    expect(fitMatchScore(letters('RIA'), letters('ECS'))).to.equal(0.44);
    expect(fitMatchScore(letters('RIA'), letters('SEC'))).to.equal(0);
    expect(fitMatchScore(letters('RI'), letters('RIA'))).to.equal(1);
    expect(fitMatchScore(letters('R'), letters('ICR'))).to.equal(0.67);
  });

  it('is 0.5 when there is nothing to compare', () => {
    expect(fitMatchScore([], letters('RIA'))).to.equal(0.5);
  });
});

describe('classifyFit', () => {
  it('IRC vs IRC is HIGH exact_match', () => {
    expect(classifyFit('IRC', 'IRC')).to.deep.equal({
      match_category: 'HIGH',
      rule_type: 'exact_match',
      dominant_letter_same: true,
      is_adjacent_hexagon: true,
      match_score: 1,
    });
  });

  it('IRC vs ICR is HIGH permutation_match', () => {
    expect(classifyFit('IRC', 'ICR')).to.deep.equal({
      match_category: 'HIGH',
      rule_type: 'permutation_match',
      dominant_letter_same: true,
      is_adjacent_hexagon: true,
      match_score: 0.78,
    });
  });

  it('IRC vs RIC is MEDIUM adjacent_dominant: same letters, different dominant', () => {
    expect(classifyFit('IRC', 'RIC')).to.deep.equal({
      match_category: 'MEDIUM',
      rule_type: 'adjacent_dominant',
      dominant_letter_same: false,
      is_adjacent_hexagon: true,
      match_score: 0.78,
    });
  });

  it('RIA vs RIC is MEDIUM dominant_same', () => {
    expect(classifyFit('RIA', 'RIC')).to.include({ match_category: 'MEDIUM', rule_type: 'dominant_same' });
  });

  it('a different length with the same dominant is dominant_same, not a permutation', () => {
    expect(classifyFit('RI', 'RIA')).to.include({
      match_category: 'MEDIUM',
      rule_type: 'dominant_same',
      match_score: 1,
    });
  });

  it('RIA vs ECS is MEDIUM close_profile', () => {
    expect(classifyFit('RIA', 'ECS')).to.deep.equal({
      match_category: 'MEDIUM',
      rule_type: 'close_profile',
      dominant_letter_same: false,
      is_adjacent_hexagon: false,
      match_score: 0.44,
    });
  });

  it('RIA vs SEC is LOW mismatch', () => {
    expect(classifyFit('RIA', 'SEC')).to.deep.equal({
      match_category: 'LOW',
      rule_type: 'mismatch',
      dominant_letter_same: false,
      is_adjacent_hexagon: false,
      match_score: 0,
    });
  });

  it('an opposite pair in a later position also rules out close_profile', () => {
    expect(classifyFit('RIA', 'ASC')).to.include({ match_category: 'LOW', rule_type: 'mismatch' });
  });

  it('an empty code is LOW mismatch with both flags false and score 0', () => {
    const empty = {
      match_category: 'LOW',
      rule_type: 'mismatch',
      dominant_letter_same: false,
      is_adjacent_hexagon: false,
      match_score: 0,
    };
    expect(classifyFit('', 'RIA')).to.deep.equal(empty);
    expect(classifyFit('RIA', '')).to.deep.equal(empty);
    expect(classifyFit('RIX', 'RIA')).to.deep.equal(empty);
  });

  it('is HIGH exactly when the dominant letter and the letter set agree', () => {
    const code = fc
      .shuffledSubarray([...RIASEC_LETTERS], { minLength: 1, maxLength: 3 })
      .map((picked) => picked.join(''));
    fc.assert(
      fc.property(code, code, (user, profession) => {
        const result = classifyFit(user, profession);
        const sameSet = [...user].sort().join('') === [...profession].sort().join('');
        expect(result.match_category === 'HIGH').to.equal(user[0] === profession[0] && sameSet);
        expect(result.dominant_letter_same).to.equal(user[0] === profession[0]);
        expect(result.match_score).to.be.within(0, 1);
      }),
    );
  });
});
