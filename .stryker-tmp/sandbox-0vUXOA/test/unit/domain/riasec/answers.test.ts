// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import {
  type RiasecAnswer,
  type RiasecError,
  allQuestionIds,
  questionType,
  validateAnswers,
} from '@kenali/domain';

const stored = allQuestionIds();
const answer = (id: number, value = 3): RiasecAnswer => ({
  question_id: id,
  question_type: questionType(id) ?? 'R',
  answer_value: value,
});
const fullSet = (): RiasecAnswer[] => stored.map((id) => answer(id));

const leftOf = (result: E.Either<RiasecError, unknown>): RiasecError => {
  if (E.isRight(result)) return expect.fail('expected a Left');
  return result.left;
};

describe('validateAnswers', () => {
  it('accepts the 72 stored ids, in any order, with matching types and values 1..5', () => {
    const answers = fullSet()
      .reverse()
      .map((a, i) => ({ ...a, answer_value: (i % 5) + 1 }));
    expect(validateAnswers(answers, stored)).to.deep.equal(E.right(answers));
  });

  it('lists duplicate ids, sorted and once each', () => {
    const answers = [...fullSet(), answer(9), answer(4), answer(9)];
    expect(leftOf(validateAnswers(answers, stored))).to.deep.equal({
      _tag: 'DuplicateQuestionIds',
      duplicates: [4, 9],
    });
  });

  it('reports duplicates before the set comparison, which a set would hide', () => {
    const answers = fullSet().map((a) => (a.question_id === 72 ? answer(71) : a));
    expect(leftOf(validateAnswers(answers, stored))).to.deep.equal({
      _tag: 'DuplicateQuestionIds',
      duplicates: [71],
    });
  });

  it('lists missing and extra ids against the stored set', () => {
    const answers = fullSet()
      .filter((a) => a.question_id !== 5 && a.question_id !== 40)
      .concat([{ question_id: 99, question_type: 'R', answer_value: 3 }]);
    expect(leftOf(validateAnswers(answers, stored))).to.deep.equal({
      _tag: 'QuestionSetMismatch',
      missing: [5, 40],
      extra: [99],
    });
  });

  it('compares against the stored set, not against 1..72', () => {
    const shorter = stored.slice(0, 71);
    expect(leftOf(validateAnswers(fullSet(), shorter))).to.deep.equal({
      _tag: 'QuestionSetMismatch',
      missing: [],
      extra: [72],
    });
  });

  it('rejects a question_type that contradicts the id', () => {
    const answers = fullSet().map((a) => (a.question_id === 13 ? { ...a, question_type: 'R' } : a));
    expect(leftOf(validateAnswers(answers, stored))).to.deep.equal({
      _tag: 'QuestionTypeMismatch',
      mismatches: [{ question_id: 13, given: 'R', expected: 'I' }],
    });
  });

  it('rejects a type letter outside RIASEC', () => {
    const answers = fullSet().map((a) => (a.question_id === 1 ? { ...a, question_type: 'X' } : a));
    expect(leftOf(validateAnswers(answers, stored))).to.include({ _tag: 'QuestionTypeMismatch' });
  });

  it('rejects answer values outside the 1..5 Likert scale', () => {
    const answers = fullSet().map((a) =>
      a.question_id === 2 ? { ...a, answer_value: 0 } : a.question_id === 3 ? { ...a, answer_value: 6 } : a,
    );
    expect(leftOf(validateAnswers(answers, stored))).to.deep.equal({
      _tag: 'AnswerValueOutOfRange',
      answers: [
        { question_id: 2, answer_value: 0 },
        { question_id: 3, answer_value: 6 },
      ],
    });
  });

  it('rejects a non-integer answer value', () => {
    const answers = fullSet().map((a) => (a.question_id === 7 ? { ...a, answer_value: 2.5 } : a));
    expect(leftOf(validateAnswers(answers, stored))._tag).to.equal('AnswerValueOutOfRange');
  });

  it('checks types before values', () => {
    const answers = fullSet().map((a) =>
      a.question_id === 7 ? { ...a, question_type: 'C', answer_value: 9 } : a,
    );
    expect(leftOf(validateAnswers(answers, stored))._tag).to.equal('QuestionTypeMismatch');
  });
});
