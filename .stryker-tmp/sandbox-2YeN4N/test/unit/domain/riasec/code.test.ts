// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import { type RiasecScores, classify, deriveCode, rankLetters } from '@kenali/domain';

const scores = (R: number, I: number, A: number, S: number, E: number, C: number): RiasecScores => ({
  R,
  I,
  A,
  S,
  E,
  C,
});
const typeScore = fc.integer({ min: 12, max: 60 });
const anyScores = fc
  .tuple(typeScore, typeScore, typeScore, typeScore, typeScore, typeScore)
  .map(([R, I, A, S, E, C]) => scores(R, I, A, S, E, C));

describe('rankLetters', () => {
  it('sorts by score, highest first', () => {
    expect(rankLetters(scores(45, 56, 20, 22, 32, 46))).to.deep.equal(['I', 'C', 'R', 'E', 'S', 'A']);
  });

  it('breaks ties in R, I, A, S, E, C order', () => {
    expect(rankLetters(scores(30, 30, 30, 30, 30, 30))).to.deep.equal(['R', 'I', 'A', 'S', 'E', 'C']);
    expect(rankLetters(scores(20, 40, 20, 40, 20, 40))).to.deep.equal(['I', 'S', 'C', 'R', 'A', 'E']);
  });
});

describe('deriveCode', () => {
  it('derives the single code I for the worked example R45 I56 A20 S22 E32 C46', () => {
    expect(deriveCode(scores(45, 56, 20, 22, 32, 46))).to.deep.equal({
      riasec_code: 'I',
      classification_type: 'single',
      ranking: ['I', 'C', 'R', 'E', 'S', 'A'],
      is_inconsistent_profile: false,
    });
  });

  it('needs gap12 ≥ 9 for a single code (8 gives a dual or a triple)', () => {
    expect(deriveCode(scores(49, 41, 20, 20, 20, 20)).riasec_code).to.equal('RI');
    expect(deriveCode(scores(49, 41, 35, 20, 20, 20)).riasec_code).to.equal('RIA');
    expect(deriveCode(scores(49, 40, 20, 20, 20, 20)).riasec_code).to.equal('R');
  });

  it('bridge row r1≥40, gap12<9, gap23≥9, r2≥30 → two letters', () => {
    expect(deriveCode(scores(45, 40, 31, 20, 20, 20))).to.include({
      riasec_code: 'RI',
      classification_type: 'dual',
    });
  });

  it('bridge row r1≥40, gap12<9, gap23<9, r2≥30 → three letters', () => {
    expect(deriveCode(scores(45, 40, 32, 20, 20, 20))).to.include({
      riasec_code: 'RIA',
      classification_type: 'triple',
    });
  });

  it('bridge row r1<40 → three letters even with a wide gap', () => {
    expect(deriveCode(scores(39, 20, 15, 14, 13, 12))).to.include({
      riasec_code: 'RIA',
      classification_type: 'triple',
    });
  });

  it('bridge row r1≥40, gap12<9, r2<30 cannot occur: gap12<9 forces r2>31', () => {
    fc.assert(
      fc.property(anyScores, (s) => {
        const [r1, r2] = rankLetters(s).map((letter) => s[letter]);
        if (r1 >= 40 && r1 - r2 < 9) expect(r2).to.be.greaterThan(31);
      }),
    );
  });

  it('classifies a three-way tie at the top as triple, in tie-break order', () => {
    expect(deriveCode(scores(20, 50, 20, 50, 50, 20))).to.include({
      riasec_code: 'ISE',
      classification_type: 'triple',
    });
  });

  it('classify checks the thresholds on the sorted top three', () => {
    expect([
      classify(60, 51, 10),
      classify(60, 52, 43),
      classify(60, 52, 44),
      classify(40, 32, 23),
    ]).to.deep.equal(['single', 'dual', 'triple', 'dual']);
  });

  it('maps every profile to one class whose code is the ranking prefix of matching length', () => {
    fc.assert(
      fc.property(anyScores, (s) => {
        const derived = deriveCode(s);
        const length = { single: 1, dual: 2, triple: 3 }[derived.classification_type];
        expect(derived.riasec_code).to.equal(derived.ranking.slice(0, length).join(''));
        const [r1, r2, r3] = derived.ranking.map((letter) => s[letter]);
        if (derived.classification_type === 'single') expect(r1 - r2).to.be.at.least(9);
        if (derived.classification_type === 'dual') {
          expect(r2).to.be.at.least(30);
          expect(r2 - r3).to.be.at.least(9);
        }
      }),
    );
  });
});

describe('inconsistent profile', () => {
  it('flags a dual code whose letters are opposite (R–S)', () => {
    expect(deriveCode(scores(50, 30, 20, 45, 20, 20))).to.include({
      riasec_code: 'RS',
      is_inconsistent_profile: true,
    });
  });

  it('flags a triple code whose first two letters are opposite (I–E, A–C)', () => {
    expect(deriveCode(scores(20, 35, 20, 20, 34, 30))).to.include({
      riasec_code: 'IEC',
      is_inconsistent_profile: true,
    });
    expect(deriveCode(scores(20, 20, 35, 20, 33, 34))).to.include({
      riasec_code: 'ACE',
      is_inconsistent_profile: true,
    });
  });

  it('does not flag adjacent or alternate first letters, nor an opposite third letter', () => {
    expect(deriveCode(scores(50, 45, 20, 20, 20, 20)).is_inconsistent_profile).to.equal(false);
    expect(deriveCode(scores(35, 20, 34, 20, 20, 20)).is_inconsistent_profile).to.equal(false);
    expect(deriveCode(scores(35, 34, 20, 33, 20, 20))).to.include({
      riasec_code: 'RIS',
      is_inconsistent_profile: false,
    });
  });

  it('never flags a single code', () => {
    fc.assert(
      fc.property(anyScores, (s) => {
        const derived = deriveCode(s);
        if (derived.classification_type === 'single') expect(derived.is_inconsistent_profile).to.equal(false);
      }),
    );
  });
});
