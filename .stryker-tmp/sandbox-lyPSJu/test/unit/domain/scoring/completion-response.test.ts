// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import {
  buildIkigaiCompletionResponse,
  presentProfessionScore,
  ProfessionId,
  scoreIkigai,
  SessionToken,
  type DimensionRawScores,
} from '@kenali/domain';

const EMPTY: DimensionRawScores = { selected_profession_id: null, r_raw: [] };
const scored = scoreIkigai(
  {
    candidates: [1, 2, 3].map((id) => ({ profession_id: ProfessionId(id) })),
    dimensions: {
      what_you_love: {
        selected_profession_id: 2,
        r_raw: [1, 2, 3].map((id) => ({ profession_id: ProfessionId(id), r_raw: id / 10 })),
      },
      what_you_are_good_at: EMPTY,
      what_the_world_needs: EMPTY,
      what_you_can_be_paid_for: EMPTY,
    },
  },
  '2026-02-03T04:05:06Z',
);

describe('buildIkigaiCompletionResponse', () => {
  it('returns the top two as ProfessionScoreBreakdown with the run metadata', () => {
    if (E.isLeft(scored)) throw new Error('scoring failed');
    const response = buildIkigaiCompletionResponse(SessionToken('tok-1'), scored.right.total_scores);
    expect(Object.keys(response)).to.deep.equal([
      'session_token',
      'status',
      'top_2_professions',
      'total_professions_evaluated',
      'tie_breaking_applied',
      'calculated_at',
      'message',
    ]);
    expect(response).to.include({
      session_token: 'tok-1',
      status: 'completed',
      total_professions_evaluated: 3,
      tie_breaking_applied: false,
      calculated_at: '2026-02-03T04:05:06Z',
    });
    expect(response.message).to.match(/Ikigai/);
    // 3: r_norm 1 → 15; 2: r_norm 0.5 → 7.5 + click 10 × 0.2 = 9.5.
    expect(response.top_2_professions).to.deep.equal([
      {
        rank: 1,
        profession_id: 3,
        total_score: 15,
        score_what_you_love: 15,
        score_what_you_are_good_at: 0,
        score_what_the_world_needs: 0,
        score_what_you_can_be_paid_for: 0,
        intrinsic_score: 15,
        extrinsic_score: 0,
      },
      {
        rank: 2,
        profession_id: 2,
        total_score: 9.5,
        score_what_you_love: 9.5,
        score_what_you_are_good_at: 0,
        score_what_the_world_needs: 0,
        score_what_you_can_be_paid_for: 0,
        intrinsic_score: 9.5,
        extrinsic_score: 0,
      },
    ]);
  });

  it('falls back to the list position when a stored entry has no rank', () => {
    if (E.isLeft(scored)) throw new Error('scoring failed');
    const legacy = scored.right.total_scores.profession_scores.map(({ rank: _rank, ...rest }) => rest);
    const response = buildIkigaiCompletionResponse(SessionToken('t'), {
      ...scored.right.total_scores,
      profession_scores: legacy,
    });
    expect(response.top_2_professions.map((e) => e.rank)).to.deep.equal([1, 2]);
  });
});

describe('presentProfessionScore', () => {
  it('rounds to 2 dp half-to-even and uses the total as match_percentage', () => {
    const presented = presentProfessionScore({
      total_score: 12.125,
      intrinsic_score: 12.375,
      extrinsic_score: 4.0005,
      score_what_you_love: 9.665,
      score_what_you_are_good_at: 2.675,
      score_what_the_world_needs: 0,
      score_what_you_can_be_paid_for: 99.99995,
    });
    expect(presented).to.deep.equal({
      match_percentage: 12.12,
      score_breakdown: {
        total_score: 12.12,
        intrinsic_score: 12.38,
        extrinsic_score: 4,
        score_what_you_love: 9.66,
        score_what_you_are_good_at: 2.67,
        score_what_the_world_needs: 0,
        score_what_you_can_be_paid_for: 100,
      },
    });
  });
});
