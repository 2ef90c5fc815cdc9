// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import {
  type CatalogueLookup,
  LOW_INTEREST_WARNING,
  ProfessionId,
  RIASEC_LETTERS,
  type RiasecAnswer,
  RiasecCodeId,
  type RiasecError,
  type RiasecScores,
  type RiasecSubmitInput,
  type RiasecSubmitResult,
  computeRiasecSubmit,
  questionIdsOfType,
  shuffledQuestionIds,
} from '@kenali/domain';

/** 12 answers per type whose sum is exactly the wanted score (12..60). */
const answersFor = (scores: RiasecScores): RiasecAnswer[] =>
  RIASEC_LETTERS.flatMap((letter) =>
    questionIdsOfType(letter).map((id, k) => ({
      question_id: id,
      question_type: letter,
      answer_value: Math.floor(scores[letter] / 12) + (k < scores[letter] % 12 ? 1 : 0),
      answered_at: '2026-03-01T10:00:00Z',
    })),
  );

const CODE_IDS: Readonly<Partial<Record<string, number>>> = {
  I: 9,
  IC: 10,
  IR: 11,
  CR: 12,
  ICR: 13,
  IRC: 14,
  RI: 20,
  R: 21,
};
const findCodeId = (code: string) => {
  const id = CODE_IDS[code];
  return id === undefined ? undefined : RiasecCodeId(id);
};
const catalogue =
  (byCode: Readonly<Record<string, readonly number[]>>): CatalogueLookup =>
  (code) =>
    (byCode[code] ?? []).map((id) => ({
      profession_id: ProfessionId(id),
      riasec_code_id: RiasecCodeId(CODE_IDS[code] ?? 0),
    }));

const worked: RiasecScores = { R: 45, I: 56, A: 20, S: 22, E: 32, C: 46 };
const input = (overrides: Partial<RiasecSubmitInput> = {}): RiasecSubmitInput => ({
  answers: answersFor(worked),
  questionIds: shuffledQuestionIds('token-1'),
  findProfessionsByCode: catalogue({ I: [4, 2], ICR: [8], IR: [5] }),
  findCodeId,
  generatedAt: '2026-03-01T10:00:05.000Z',
  ...overrides,
});

const rightOf = (result: E.Either<RiasecError, RiasecSubmitResult>): RiasecSubmitResult => {
  if (E.isLeft(result)) return expect.fail(`expected a Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};
const leftOf = (result: E.Either<RiasecError, RiasecSubmitResult>): RiasecError => {
  if (E.isRight(result)) return expect.fail('expected a Left');
  return result.left;
};

describe('computeRiasecSubmit', () => {
  it('scores the worked example as the single code I and expands its candidates', () => {
    const result = rightOf(computeRiasecSubmit(input()));
    expect(result).to.deep.include({
      scores: worked,
      total_score: 221,
      classification_type: 'single',
      riasec_code: 'I',
      riasec_code_id: 9,
      is_inconsistent_profile: false,
      total_candidates: 4,
      display_candidates_count: 4,
      validity_warning: null,
    });
    expect(result.candidates.map((c) => [c.profession_id, c.congruence_type, c.display_order])).to.deep.equal(
      [
        [2, 'exact_match', 1],
        [4, 'exact_match', 2],
        [8, 'congruent_permutation', 3],
        [5, 'subset_adjacent', 4],
      ],
    );
  });

  it('builds candidates_data exactly as upstream stores it', () => {
    const result = rightOf(computeRiasecSubmit(input()));
    expect(result.candidates_data).to.deep.equal({
      candidates: result.candidates,
      metadata: {
        total_candidates: 4,
        user_riasec_code_id: 9,
        user_riasec_code: 'I',
        user_riasec_scores: { R: 45, I: 56, A: 20, S: 22, E: 32, C: 46 },
        is_inconsistent_profile: false,
        expansion_strategy: '4_tier_expansion',
        expansion_summary: { tier_1_exact: 2, tier_2_congruent: 1, tier_3_subset: 1, tier_4_dominant: 0 },
        display_count: 4,
        generated_at: '2026-03-01T10:00:05.000Z',
      },
    });
    expect(Object.keys(result.candidates_data.metadata.user_riasec_scores)).to.deep.equal([
      ...RIASEC_LETTERS,
    ]);
  });

  it('reports the split-path strategy for an inconsistent profile', () => {
    const result = rightOf(
      computeRiasecSubmit(
        input({
          answers: answersFor({ R: 50, I: 30, A: 20, S: 45, E: 15, C: 25 }),
          findCodeId: () => RiasecCodeId(40),
          findProfessionsByCode: catalogue({ R: [1], RI: [2], IR: [3], CR: [4] }),
        }),
      ),
    );
    expect(result).to.include({ riasec_code: 'RS', is_inconsistent_profile: true });
    expect(result.candidates_data.metadata).to.deep.include({
      expansion_strategy: 'split_path',
      expansion_summary: { tier_1_exact: 1, tier_2_congruent: 3, tier_3_subset: 0, tier_4_dominant: 0 },
    });
    expect(result.candidates.every((c) => c.path === 'A')).to.equal(true);
  });

  it('warns when fewer than 3 candidates were found', () => {
    const result = rightOf(computeRiasecSubmit(input({ findProfessionsByCode: catalogue({ IR: [5, 6] }) })));
    expect(result.total_candidates).to.equal(2);
    expect(result.validity_warning).to.include('2 profesi');
  });

  it('prefers the low-interest warning when the total is under 150', () => {
    const low = { R: 30, I: 20, A: 20, S: 20, E: 20, C: 20 };
    const result = rightOf(
      computeRiasecSubmit(
        input({
          answers: answersFor(low),
          findCodeId: () => RiasecCodeId(1),
          findProfessionsByCode: (code) =>
            code === 'RIA' ? [{ profession_id: ProfessionId(1), riasec_code_id: RiasecCodeId(1) }] : [],
        }),
      ),
    );
    expect(result).to.include({
      riasec_code: 'RIA',
      total_candidates: 1,
      validity_warning: LOW_INTEREST_WARNING,
    });
  });

  it('answers CatalogIncomplete when no profession matches at all', () => {
    expect(leftOf(computeRiasecSubmit(input({ findProfessionsByCode: catalogue({}) })))).to.deep.equal({
      _tag: 'CatalogIncomplete',
      riasec_code: 'I',
    });
  });

  it('answers RiasecCodeNotFound when the code is not seeded', () => {
    expect(leftOf(computeRiasecSubmit(input({ findCodeId: () => undefined })))).to.deep.equal({
      _tag: 'RiasecCodeNotFound',
      riasec_code: 'I',
    });
  });

  it('rejects invalid answers before scoring', () => {
    const answers = input().answers.slice(1);
    expect(leftOf(computeRiasecSubmit(input({ answers })))).to.deep.equal({
      _tag: 'QuestionSetMismatch',
      missing: [1],
      extra: [],
    });
  });

  it('rejects a uniform profile and a severely low one', () => {
    const all3 = answersFor({ R: 36, I: 36, A: 36, S: 36, E: 36, C: 36 });
    expect(leftOf(computeRiasecSubmit(input({ answers: all3 })))).to.include({ reason: 'uniform_scores' });
    const low = answersFor({ R: 24, I: 20, A: 20, S: 20, E: 20, C: 15 });
    expect(leftOf(computeRiasecSubmit(input({ answers: low })))).to.include({
      reason: 'severe_low_interest',
      total: 119,
    });
  });
});
