import type { FitRuleType, MatchCategory } from '@kenali/domain';
import { HEXAGON_NEIGHBOURS, RIASEC_LETTERS, explainFitCheck, hexagonDistance } from '@kenali/domain';
import { expect } from 'chai';

const CATEGORIES: MatchCategory[] = ['HIGH', 'MEDIUM', 'LOW'];
/** A sentence of the copy: trimmed, capitalised, one space between words, ending with a full stop. */
const expectSentence = (text: string) => {
  expect(text, text).to.match(/^[A-Z][^\n]*\.$/);
  expect(text, text).to.not.match(/\s{2}|\s\.$/);
};

const second = (rule_type: FitRuleType, user_code: string, profession_code: string): string =>
  explainFitCheck({
    match_category: 'MEDIUM',
    rule_type,
    user_code,
    profession_code,
    profession_name: 'Perawat',
  }).reason_points[1];

describe('fit-check copy', function () {
  it('gives every category its own meaning, implication and three next steps, as whole sentences', function () {
    const texts: string[] = [];
    for (const category of CATEGORIES) {
      const copy = explainFitCheck({
        match_category: category,
        rule_type: 'mismatch',
        user_code: 'R',
        profession_code: 'S',
        profession_name: 'Juru Masak',
      });
      expect(copy.meaning).to.contain('profesi Juru Masak');
      expect(copy.next_steps).to.have.length(3);
      expect(copy.next_steps[0]).to.contain('Juru Masak');
      for (const text of [copy.meaning, copy.implication, ...copy.next_steps]) expectSentence(text);
      texts.push(copy.meaning, copy.implication, ...copy.next_steps);
    }
    expect(new Set(texts).size).to.equal(texts.length);
  });

  it('lists the two hexagon neighbours of each letter, R with I before C', function () {
    expect(HEXAGON_NEIGHBOURS).to.deep.equal({
      R: ['I', 'C'],
      I: ['R', 'A'],
      A: ['I', 'S'],
      S: ['A', 'E'],
      E: ['S', 'C'],
      C: ['E', 'R'],
    });
    for (const letter of RIASEC_LETTERS)
      expect(RIASEC_LETTERS.filter((other) => hexagonDistance(letter, other) === 1)).to.have.members([
        ...HEXAGON_NEIGHBOURS[letter],
      ]);
  });

  describe('the second reason', function () {
    it('names the replaced letters only when both codes have a letter the other lacks', function () {
      expect(second('dominant_same', 'IAS', 'IAE')).to.equal(
        'Minat dominan kamu dan profesi ini sama-sama Investigative (I), tetapi ada minat pendukung yang berbeda.' +
          ' Minat S dari kode kamu diganti oleh E pada kode profesi ini.',
      );
      expect(second('dominant_same', 'IAS', 'IRE')).to.match(
        / Minat A, S dari kode kamu diganti oleh R, E pada kode profesi ini\.$/,
      );
      expect(second('dominant_same', 'IA', 'IAS')).to.equal(
        'Minat dominan kamu dan profesi ini sama-sama Investigative (I), tetapi ada minat pendukung yang berbeda.',
      );
      expect(second('dominant_same', 'IAS', 'IA')).to.not.contain('diganti');
    });

    it('explains each rule in a sentence of its own', function () {
      expect(second('permutation_match', 'SEA', 'SAE')).to.equal(
        'Minat dominan kamu dan profesi ini sama-sama Social (S), dan keduanya tersusun dari huruf ' +
          'yang sama (A, S, E); hanya urutan minat pendukungnya yang berbeda.',
      );
      expect(second('adjacent_dominant', 'R', 'I')).to.equal(
        'Minat dominan kamu Realistic (R) berbeda dengan minat dominan profesi ini, Investigative (I), ' +
          'tetapi keduanya bertetangga di heksagon RIASEC sehingga masih saling terkait.',
      );
      expect(second('close_profile', 'RI', 'AR')).to.equal(
        'Minat dominan kamu Realistic (R) dan profesi ini Artistic (A) berbeda, tetapi tidak ada ' +
          'pasangan huruf yang saling berseberangan di heksagon RIASEC.',
      );
      expect(second('mismatch', 'R', 'S')).to.equal(
        'Minat dominan kamu Realistic (R) dan profesi ini Social (S) berbeda dan tidak bertetangga di heksagon RIASEC.',
      );
    });

    it('says a code is missing when either side has none', function () {
      const missing = 'Salah satu kode minat belum tersedia, jadi kecocokan belum bisa dinilai secara utuh.';
      expect(second('mismatch', '', 'S')).to.equal(missing);
      expect(second('mismatch', 'S', '')).to.equal(missing);
      expect(second('mismatch', 'S', 'S')).to.not.equal(missing);
    });
  });
});
