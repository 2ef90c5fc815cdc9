import type { CandidateEntry } from '@kenali/domain';
import {
  LOW_INTEREST_WARNING,
  ProfessionId,
  RiasecCodeId,
  classifyFit,
  deriveCode,
  displayCount,
  expandCandidates,
  fewCandidatesWarning,
  questionType,
  shuffleWith,
  sumScores,
  validateAnswers,
} from '@kenali/domain';
import { expect } from 'chai';
import fc from 'fast-check';
import { expectLeft } from '../../../support/expect-either.js';

const answer = (question_id: number) => ({
  question_id,
  question_type: questionType(question_id) ?? 'R',
  answer_value: 3,
});

describe('RIASEC edges', function () {
  it('lists missing and extra question ids in ascending order', function () {
    const error = expectLeft(validateAnswers([9, 4, 7].map(answer), [3, 1, 2, 4]));
    expect(error).to.deep.equal({ _tag: 'QuestionSetMismatch', missing: [1, 2, 3], extra: [7, 9] });
  });

  it('takes each catalogue lookup in id order, whatever order the catalogue answers in', function () {
    const derived = deriveCode({ R: 20, I: 55, A: 20, S: 20, E: 20, C: 20 });
    expect(derived.riasec_code).to.equal('I');
    const rows = [30, 10, 20].map((id) => ({
      profession_id: ProfessionId(id),
      riasec_code_id: RiasecCodeId(2),
    }));
    const { candidates } = expandCandidates(derived, (code) => (code === 'I' ? rows : []));
    expect(candidates.map((c) => Number(c.profession_id))).to.deep.equal([10, 20, 30]);
    expect(rows.map((r) => Number(r.profession_id))).to.deep.equal([30, 10, 20]);
  });

  it('counts display candidates up to display order 5 included', function () {
    const at = (display_order: number) => ({ display_order }) as CandidateEntry;
    expect(displayCount([at(1), at(5), at(6), at(30)])).to.equal(2);
    expect(displayCount([])).to.equal(0);
  });

  it('shuffles a copy and leaves its input alone', function () {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 20 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (items, r) => {
          const before = [...items];
          const out = shuffleWith(items, () => r);
          return (
            JSON.stringify(items) === JSON.stringify(before) &&
            [...out].sort().join() === [...items].sort().join()
          );
        },
      ),
    );
  });

  it('refuses to sum an answer whose question has no type', function () {
    expect(() => sumScores([{ question_id: 999, question_type: 'R', answer_value: 3 }])).to.throw(
      'question 999 has no type; validate answers first',
    );
  });

  it('words both validity warnings as whole sentences naming the count', function () {
    expect(LOW_INTEREST_WARNING).to.match(
      /^Skor minat kamu rendah di hampir semua tipe, .*\. Coba ingat lagi .* saat kamu siap\.$/,
    );
    expect(fewCandidatesWarning(2)).to.equal(
      'Untuk kode minat kamu, katalog kami baru memiliki 2 profesi yang cocok, jadi pilihan yang bisa kamu bandingkan masih terbatas.',
    );
  });

  it('compares codes of different length only over the shorter one when looking for opposite pairs', function () {
    // R against E is an alternate pair; the A at position 2 of the longer code has no partner.
    expect(classifyFit('R', 'EA')).to.deep.include({ match_category: 'MEDIUM', rule_type: 'close_profile' });
    expect(classifyFit('EA', 'R')).to.deep.include({ match_category: 'MEDIUM', rule_type: 'close_profile' });
  });
});
