// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import {
  QUESTION_COUNT,
  RIASEC_LETTERS,
  allQuestionIds,
  questionIdsOfType,
  questionType,
  shuffledQuestionIds,
} from '@kenali/domain';

describe('question bank', () => {
  it('has 72 questions, 12 per type in blocks R, I, A, S, E, C', () => {
    expect(QUESTION_COUNT).to.equal(72);
    expect(allQuestionIds()).to.deep.equal(Array.from({ length: 72 }, (_, i) => i + 1));
    const blocks = RIASEC_LETTERS.map((letter) => [
      letter,
      questionIdsOfType(letter)[0],
      questionIdsOfType(letter)[11],
    ]);
    expect(blocks).to.deep.equal([
      ['R', 1, 12],
      ['I', 13, 24],
      ['A', 25, 36],
      ['S', 37, 48],
      ['E', 49, 60],
      ['C', 61, 72],
    ]);
  });

  it('derives the type of every id from its block', () => {
    expect([1, 12, 13, 24, 25, 36, 37, 48, 49, 60, 61, 72].map(questionType)).to.deep.equal([
      'R',
      'R',
      'I',
      'I',
      'A',
      'A',
      'S',
      'S',
      'E',
      'E',
      'C',
      'C',
    ]);
    for (const letter of RIASEC_LETTERS) {
      expect(questionIdsOfType(letter).every((id) => questionType(id) === letter)).to.equal(true);
    }
  });

  it('has no type for ids outside 1..72', () => {
    expect([0, 73, -1, 1.5, Number.NaN].map(questionType)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('shuffledQuestionIds', () => {
  const token = '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c';

  it('gives the same order for the same token', () => {
    expect(shuffledQuestionIds(token)).to.deep.equal(shuffledQuestionIds(token));
  });

  it('keeps the algorithm stable across releases (golden order)', () => {
    expect(shuffledQuestionIds(token).slice(0, 12)).to.deep.equal([
      40, 49, 44, 70, 67, 66, 30, 10, 12, 11, 5, 34,
    ]);
  });

  it('is always a permutation of 1..72', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const order = shuffledQuestionIds(seed);
        expect(order).to.have.length(72);
        expect([...order].sort((a, b) => a - b)).to.deep.equal(allQuestionIds());
      }),
    );
  });

  it('gives different orders for different tokens', () => {
    const orders = new Set<string>();
    for (let i = 0; i < 500; i++) orders.add(shuffledQuestionIds(`session-${i}`).join(','));
    expect(orders.size).to.equal(500);
  });

  it('actually shuffles: the identity order is not returned', () => {
    fc.assert(
      fc.property(fc.uuid(), (seed) => {
        expect(shuffledQuestionIds(seed)).to.not.deep.equal(allQuestionIds());
      }),
    );
  });
});
