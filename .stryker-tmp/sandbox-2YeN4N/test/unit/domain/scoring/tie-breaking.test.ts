// @ts-nocheck
import { expect } from 'chai';
import { ProfessionId, type IkigaiTotalScoresData, type ScoringCandidate } from '@kenali/domain';
import { answer as scored, score, session } from './scoring-fixtures.js';

const answer = (pairs: readonly (readonly [number, number])[]) => scored(pairs);
const rank = (...args: Parameters<typeof session>): IkigaiTotalScoresData =>
  score(session(...args)).total_scores;
const c = (id: number, congruence?: number): ScoringCandidate => ({
  profession_id: ProfessionId(id),
  congruence_score: congruence,
});
const order = (totals: IkigaiTotalScoresData): number[] =>
  totals.profession_scores.map((e) => e.profession_id);
const CRITERIA = ['intrinsic_score', 'congruence_score', 'avg_r_normalized'];

describe('Ikigai ranking and tie-breaking', () => {
  it('breaks a top tie by intrinsic score first', () => {
    // 1: love 0 + paid 15; 2: love 15 + paid 0 → both 15, intrinsic 0 vs 15.
    const totals = rank([c(1), c(2), c(3)], {
      what_you_love: answer([
        [1, 0.2],
        [2, 0.9],
      ]),
      what_you_can_be_paid_for: answer([
        [1, 0.9],
        [2, 0.2],
      ]),
    });
    expect(order(totals)).to.deep.equal([2, 1, 3]);
    expect(totals.metadata.tie_breaking_applied).to.equal(true);
    expect(totals.metadata.tie_breaking_details).to.deep.equal({
      tied_profession_ids: [1, 2],
      tied_total_score: 15,
      tiebreak_criteria_used: CRITERIA,
    });
  });

  it('then by congruence score', () => {
    const totals = rank([c(1, 0.8), c(2, 0.9), c(3, 1)], {
      what_you_love: answer([
        [1, 0.7],
        [2, 0.7],
        [3, 0.1],
      ]),
    });
    expect(order(totals)).to.deep.equal([2, 1, 3]);
    expect(totals.metadata.tie_breaking_details?.tied_profession_ids).to.deep.equal([1, 2]);
  });

  it('then by average r_normalized', () => {
    // Candidate order 2, 1, 3. All three total 15; 3 has intrinsic 0; 2 averages (1 + 0) / 2, 1 averages 1.
    const totals = rank([c(2), c(1), c(3)], {
      what_you_love: answer([
        [1, 0.9],
        [2, 0.9],
        [3, 0.1],
      ]),
      what_the_world_needs: answer([
        [2, 0.2],
        [3, 0.8],
      ]),
    });
    expect(order(totals)).to.deep.equal([1, 2, 3]);
    expect(totals.profession_scores.map((e) => e.avg_r_normalized)).to.deep.equal([1, 0.5, 0.5]);
    expect(totals.metadata.tie_breaking_details).to.deep.equal({
      tied_profession_ids: [2, 1, 3],
      tied_total_score: 15,
      tiebreak_criteria_used: CRITERIA,
    });
  });

  it('then keeps candidate order (stable), not profession id order', () => {
    const totals = rank([c(9), c(4), c(6)], {
      what_you_love: answer([
        [9, 0.5],
        [4, 0.5],
        [6, 0.1],
      ]),
    });
    expect(order(totals)).to.deep.equal([9, 4, 6]);
    expect(totals.profession_scores.map((e) => e.rank)).to.deep.equal([1, 2, 3]);
    expect(totals.metadata.top_2_professions).to.deep.equal([9, 4]);
  });

  it('reports no tie when only lower ranks share a total', () => {
    const totals = rank([c(1), c(2), c(3)], {
      what_you_love: answer([
        [1, 0.9],
        [2, 0.1],
        [3, 0.1],
      ]),
    });
    expect(totals.metadata.tie_breaking_applied).to.equal(false);
    expect(totals.metadata.tie_breaking_details).to.equal(null);
    expect(order(totals)).to.deep.equal([1, 2, 3]);
  });
});
