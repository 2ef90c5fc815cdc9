// @ts-nocheck
import { expect } from 'chai';
import {
  ProfessionId,
  type ProfessionScoreEntry,
  type RecommendationsData,
  jsonEqual,
  refreshRecommendation,
} from '@kenali/domain';

const entry = (id: number, rank: number, total: number): ProfessionScoreEntry => ({
  rank,
  profession_id: ProfessionId(id),
  profession_name: `P${id}`,
  total_score: total,
  intrinsic_score: total / 2,
  extrinsic_score: total / 2,
  congruence_score: 1,
  avg_r_normalized: 0.5,
  score_what_you_love: total / 4,
  score_what_you_are_good_at: total / 4,
  score_what_the_world_needs: total / 4,
  score_what_you_can_be_paid_for: total / 4,
});

describe('jsonEqual', () => {
  it('ignores key order but not values, lengths or types', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2, d: null }] }, { b: [1, { d: null, c: 2 }], a: 1 })).to.equal(
      true,
    );
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).to.equal(false);
    expect(jsonEqual([1, 2], [2, 1])).to.equal(false);
    expect(jsonEqual({ a: '1' }, { a: 1 })).to.equal(false);
    expect(jsonEqual([], {})).to.equal(false);
    expect(jsonEqual({ a: undefined }, {})).to.equal(true);
  });
});

describe('refreshRecommendation', () => {
  const data = {
    ikigai_profile_summary: {
      what_you_love: 'a',
      what_you_are_good_at: 'b',
      what_the_world_needs: 'c',
      what_you_can_be_paid_for: 'd',
    },
    recommended_professions: [
      {
        rank: 1,
        profession_id: 1,
        profession_name: 'P1',
        match_percentage: 80,
        match_reasoning: 'why 1',
        riasec_alignment: {},
        score_breakdown: {},
      },
      {
        rank: 2,
        profession_id: 2,
        profession_name: 'P2',
        match_percentage: 70,
        match_reasoning: 'why 2',
        riasec_alignment: {},
        score_breakdown: {},
      },
    ],
    generation_context: { generation_timestamp: 'then' },
    points_awarded: null,
  } as unknown as RecommendationsData;

  it('puts the new scores into the kept narrative and leaves the texts alone', () => {
    const refreshed = refreshRecommendation(data, [entry(1, 1, 81.234), entry(2, 2, 70.5), entry(3, 3, 10)]);
    expect(
      refreshed?.recommended_professions.map((p) => [p.match_percentage, p.match_reasoning]),
    ).to.deep.equal([
      [81.23, 'why 1'],
      [70.5, 'why 2'],
    ]);
    expect(refreshed?.generation_context).to.equal(data.generation_context);
  });

  it('returns null when nothing changes', () => {
    const once = refreshRecommendation(data, [entry(1, 1, 80), entry(2, 2, 70)]);
    expect(once).to.not.equal(null);
    expect(refreshRecommendation(once as RecommendationsData, [entry(1, 1, 80), entry(2, 2, 70)])).to.equal(
      null,
    );
  });
});
