// @ts-nocheck
import { expect } from 'chai';
import {
  type CandidateEntry,
  type CatalogueLookup,
  type CongruenceType,
  type ExpansionTier,
  ProfessionId,
  RIASEC_LETTERS,
  RiasecCodeId,
  type RiasecScores,
  type SplitPath,
  deriveCode,
  expandCandidates,
} from '@kenali/domain';

const ALL_CODES = RIASEC_LETTERS.flatMap((a) => [
  a,
  ...RIASEC_LETTERS.filter((b) => b !== a).flatMap((b) => [
    a + b,
    ...RIASEC_LETTERS.filter((c) => c !== a && c !== b).map((c) => a + b + c),
  ]),
]);
const codeId = (code: string): number => ALL_CODES.indexOf(code) + 1;

/** A fake catalogue that answers in descending id order, to prove the expansion sorts by itself. */
const fakeCatalogue = (byCode: Readonly<Record<string, readonly number[]>>) => {
  const calls: string[] = [];
  const lookup: CatalogueLookup = (code) => {
    calls.push(code);
    return [...(byCode[code] ?? [])]
      .sort((a, b) => b - a)
      .map((id) => ({ profession_id: ProfessionId(id), riasec_code_id: RiasecCodeId(codeId(code)) }));
  };
  return { calls, lookup };
};

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const scores = (R: number, I: number, A: number, S: number, E: number, C: number): RiasecScores => ({
  R,
  I,
  A,
  S,
  E,
  C,
});

const candidate = (
  id: number,
  code: string,
  tier: ExpansionTier,
  type: CongruenceType,
  score: number,
  order: number,
  path?: SplitPath,
): CandidateEntry => ({
  profession_id: ProfessionId(id),
  riasec_code_id: RiasecCodeId(codeId(code)),
  expansion_tier: tier,
  congruence_type: type,
  congruence_score: score,
  display_order: order,
  is_display_candidate: order <= 5,
  ...(path === undefined ? {} : { path }),
});

describe('expandCandidates, 4-tier path', () => {
  it('expands a dual code RI with X = A through all four tiers', () => {
    const derived = deriveCode(scores(50, 45, 30, 20, 15, 25));
    expect(derived).to.include({ riasec_code: 'RI', classification_type: 'dual' });
    const { calls, lookup } = fakeCatalogue({
      RI: [12, 3],
      IR: [7],
      RIA: [20],
      IRA: [5],
      RA: [30],
      IA: [31, 2],
      R: [40],
      RIC: [98],
      CS: [99],
    });
    expect(expandCandidates(derived, lookup)).to.deep.equal({
      strategy: '4_tier_expansion',
      candidates: [
        candidate(3, 'RI', 1, 'exact_match', 1.0, 1),
        candidate(12, 'RI', 1, 'exact_match', 1.0, 2),
        candidate(7, 'IR', 2, 'congruent_primer', 0.95, 3),
        candidate(20, 'RIA', 2, 'congruent_secondary', 0.88, 4),
        candidate(5, 'IRA', 2, 'congruent_secondary', 0.88, 5),
        candidate(30, 'RA', 3, 'subset_alternate', 0.65, 6),
        candidate(2, 'IA', 3, 'subset_adjacent', 0.75, 7),
        candidate(31, 'IA', 3, 'subset_adjacent', 0.75, 8),
        candidate(40, 'R', 4, 'dominant_single', 0.55, 9),
      ],
    });
    expect(calls).to.deep.equal(['RI', 'IR', 'RIA', 'IRA', 'RI', 'RA', 'IA', 'R']);
  });

  it('skips the secondary layer of a dual code when X is opposite one of its letters', () => {
    const derived = deriveCode(scores(50, 45, 20, 30, 15, 25));
    expect(derived.ranking.slice(0, 3)).to.deep.equal(['R', 'I', 'S']);
    const { calls, lookup } = fakeCatalogue({ RIS: [1], IRS: [2], RS: [3] });
    const { candidates } = expandCandidates(derived, lookup);
    expect(calls).to.deep.equal(['RI', 'IR', 'RI', 'RS', 'IS', 'R']);
    expect(candidates).to.deep.equal([candidate(3, 'RS', 3, 'subset_alternate', 0.65, 1)]);
  });

  it('expands a triple code RIA over the other five permutations, subsets and the dominant letter', () => {
    const derived = deriveCode(scores(35, 33, 30, 20, 15, 25));
    expect(derived).to.include({ riasec_code: 'RIA', classification_type: 'triple' });
    const codes = ['RIA', 'RAI', 'IRA', 'IAR', 'ARI', 'AIR', 'RI', 'RA', 'IA', 'R'];
    const { calls, lookup } = fakeCatalogue(Object.fromEntries(codes.map((code, i) => [code, [i + 1]])));
    expect(expandCandidates(derived, lookup).candidates).to.deep.equal([
      candidate(1, 'RIA', 1, 'exact_match', 1.0, 1),
      candidate(2, 'RAI', 2, 'congruent_permutation', 0.85, 2),
      candidate(3, 'IRA', 2, 'congruent_adjacent', 0.95, 3),
      candidate(4, 'IAR', 2, 'congruent_adjacent', 0.95, 4),
      candidate(5, 'ARI', 2, 'congruent_permutation', 0.85, 5),
      candidate(6, 'AIR', 2, 'congruent_adjacent', 0.95, 6),
      candidate(7, 'RI', 3, 'subset_adjacent', 0.75, 7),
      candidate(8, 'RA', 3, 'subset_alternate', 0.65, 8),
      candidate(9, 'IA', 3, 'subset_adjacent', 0.75, 9),
      candidate(10, 'R', 4, 'dominant_single', 0.55, 10),
    ]);
    expect(calls).to.deep.equal(codes);
  });

  it('treats a single code like a triple in tier 2: all six orders of the top three', () => {
    const derived = deriveCode(scores(45, 56, 20, 22, 32, 46));
    const { calls, lookup } = fakeCatalogue({ ICR: [1], IRC: [2], CIR: [3], IC: [4], CR: [5] });
    const { candidates } = expandCandidates(derived, lookup);
    expect(calls).to.deep.equal(['I', 'ICR', 'IRC', 'CIR', 'CRI', 'RIC', 'RCI', 'IC', 'IR', 'CR', 'I']);
    expect(candidates.map((c) => [c.congruence_type, c.congruence_score, c.expansion_tier])).to.deep.equal([
      ['congruent_permutation', 0.85, 2],
      ['congruent_adjacent', 0.95, 2],
      ['congruent_permutation', 0.85, 2],
      ['subset_alternate', 0.65, 3],
      ['subset_adjacent', 0.75, 3],
    ]);
  });

  it('deduplicates by profession id across tiers, keeping the first discovery', () => {
    const derived = deriveCode(scores(50, 45, 30, 20, 15, 25));
    const { lookup } = fakeCatalogue({ RI: [1], IR: [1, 2], R: [2, 3] });
    expect(
      expandCandidates(derived, lookup).candidates.map((c) => [c.profession_id, c.congruence_type]),
    ).to.deep.equal([
      [1, 'exact_match'],
      [2, 'congruent_primer'],
      [3, 'dominant_single'],
    ]);
  });

  it('omits the path key outside the split path', () => {
    const { lookup } = fakeCatalogue({ RI: [1] });
    const [only] = expandCandidates(deriveCode(scores(50, 45, 30, 20, 15, 25)), lookup).candidates;
    expect(only).to.not.have.property('path');
  });
});

describe('expandCandidates, cap of 30', () => {
  const ri = deriveCode(scores(50, 45, 30, 20, 15, 25));

  it('truncates a tier that overshoots and never runs the later tiers', () => {
    const { calls, lookup } = fakeCatalogue({ RI: range(1, 10), IR: range(101, 125), RA: [500], R: [600] });
    const { candidates } = expandCandidates(ri, lookup);
    expect(candidates).to.have.length(30);
    expect(candidates.map((c) => c.display_order)).to.deep.equal(range(1, 30));
    expect(candidates[29]).to.deep.equal(candidate(120, 'IR', 2, 'congruent_primer', 0.95, 30));
    expect(candidates.filter((c) => c.is_display_candidate)).to.have.length(5);
    expect(calls.filter((code) => ['RA', 'IA', 'R'].includes(code))).to.deep.equal([]);
  });

  it('keeps the 30 lowest ids of one huge code and does not look further', () => {
    const { calls, lookup } = fakeCatalogue({ RI: range(1, 45), IR: [200] });
    const { candidates } = expandCandidates(ri, lookup);
    expect(candidates.map((c) => c.profession_id)).to.deep.equal(range(1, 30));
    expect(candidates.every((c) => c.expansion_tier === 1)).to.equal(true);
    expect(calls).to.deep.equal(['RI']);
  });
});

describe('expandCandidates, split path', () => {
  it('expands RS as path A: R, RI, IR, RC, CR then path B: S, SA, AS, SE, ES', () => {
    const derived = deriveCode(scores(50, 30, 20, 45, 15, 25));
    expect(derived).to.include({ riasec_code: 'RS', is_inconsistent_profile: true });
    const codes = ['R', 'RI', 'IR', 'RC', 'CR', 'S', 'SA', 'AS', 'SE', 'ES'];
    const { calls, lookup } = fakeCatalogue({
      ...Object.fromEntries(codes.map((code, i) => [code, [i + 1]])),
      RS: [77],
    });
    const result = expandCandidates(derived, lookup);
    expect(calls).to.deep.equal(codes);
    expect(result).to.deep.equal({
      strategy: 'split_path',
      candidates: codes.map((code, i) =>
        code.length === 1
          ? candidate(i + 1, code, 1, 'exact_match', 1.0, i + 1, i < 5 ? 'A' : 'B')
          : candidate(i + 1, code, 2, 'congruent_adjacent', 0.85, i + 1, i < 5 ? 'A' : 'B'),
      ),
    });
  });

  it('truncates the split path to 30 as well', () => {
    const derived = deriveCode(scores(50, 30, 20, 45, 15, 25));
    const { lookup } = fakeCatalogue({ R: range(1, 20), RI: range(21, 40), S: [99] });
    const { candidates } = expandCandidates(derived, lookup);
    expect(candidates.map((c) => c.profession_id)).to.deep.equal(range(1, 30));
    expect(candidates.every((c) => c.path === 'A')).to.equal(true);
  });
});
