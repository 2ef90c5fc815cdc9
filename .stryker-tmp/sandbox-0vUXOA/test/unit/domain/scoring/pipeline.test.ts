// @ts-nocheck
import { expect } from 'chai';
import { DIMENSION_KEYS } from '@kenali/domain';
import { AT, answer, candidate, score, session } from './scoring-fixtures.js';

// Upstream §4.8 worked example (what_you_love, user picked 10). Upstream prints it at 2 dp (0.64, 9.60, 4.05);
// the 4-dp formula gives 0.29/0.45 = 0.6444 and 0.12/0.45 = 0.2667, which is what is stored.
const WORKED = session(
  [10, 25, 31, 15, 42].map((id) => candidate(id)),
  {
    what_you_love: answer(
      [
        [10, 0.88],
        [25, 0.72],
        [31, 0.55],
        [15, 0.61],
        [42, 0.43],
      ],
      10,
    ),
  },
);

describe('scoreIkigai', () => {
  describe('upstream worked example', () => {
    const result = score(WORKED);
    const love = result.dimension_scores.dimension_scores.what_you_love;

    it('keeps the r_raw order and normalises min-max to 4 dp', () => {
      expect(love.map((e) => e.profession_id)).to.deep.equal([10, 25, 31, 15, 42]);
      expect(love.map((e) => e.r_normalized)).to.deep.equal([1, 0.6444, 0.2667, 0.4, 0]);
      expect(result.dimension_scores.normalization_params.what_you_love).to.deep.equal({
        r_min: 0.43,
        r_max: 0.88,
        professions_evaluated: 5,
      });
    });

    it('gives text = 15 × r_norm, click = 10 × r_raw only to the selected profession', () => {
      expect(love.map((e) => e.text_score)).to.deep.equal([15, 9.666, 4.0005, 6, 0]);
      expect(love.map((e) => e.click_score)).to.deep.equal([8.8, 0, 0, 0, 0]);
      expect(love.map((e) => e.dimension_total)).to.deep.equal([23.8, 9.666, 4.0005, 6, 0]);
    });

    it('ranks by total with rank written into every entry', () => {
      const ranked = result.total_scores.profession_scores;
      expect(ranked.map((e) => [e.rank, e.profession_id, e.total_score])).to.deep.equal([
        [1, 10, 23.8],
        [2, 25, 9.666],
        [3, 15, 6],
        [4, 31, 4.0005],
        [5, 42, 0],
      ]);
      expect(result.total_scores.metadata.top_2_professions).to.deep.equal([10, 25]);
      expect([result.top_profession1_id, result.top_profession2_id]).to.deep.equal([10, 25]);
    });
  });

  describe('document shape (upstream §4.9, §4.10)', () => {
    const result = score(session([candidate(7, { profession_name: 'Arsitek', congruence_score: 0.88 })], {}));

    it('has every field of ikigai_dimension_scores.scores_data in order', () => {
      const doc = result.dimension_scores;
      expect(Object.keys(doc)).to.deep.equal(['dimension_scores', 'normalization_params', 'metadata']);
      expect(Object.keys(doc.dimension_scores)).to.deep.equal([...DIMENSION_KEYS]);
      expect(Object.keys(doc.normalization_params)).to.deep.equal([...DIMENSION_KEYS]);
      expect(doc.metadata).to.deep.equal({
        total_candidates_scored: 1,
        scoring_strategy: 'batch_semantic_matching',
        fallback_used: false,
        failed_dimensions: [],
        calculated_at: AT,
      });
    });

    it('has every field of ikigai_total_scores.scores_data in order', () => {
      const doc = result.total_scores;
      expect(Object.keys(doc.profession_scores[0])).to.deep.equal([
        'rank',
        'profession_id',
        'profession_name',
        'total_score',
        'intrinsic_score',
        'extrinsic_score',
        'congruence_score',
        'avg_r_normalized',
        'score_what_you_love',
        'score_what_you_are_good_at',
        'score_what_the_world_needs',
        'score_what_you_can_be_paid_for',
      ]);
      expect(doc.profession_scores[0]).to.include({ profession_name: 'Arsitek', congruence_score: 0.88 });
      expect(doc.metadata).to.deep.equal({
        total_professions_ranked: 1,
        tie_breaking_applied: false,
        tie_breaking_details: null,
        top_2_professions: [7, null],
        calculated_at: AT,
      });
    });

    it('defaults profession_name to "Unknown" and congruence_score to 0.5', () => {
      const [entry] = score(session([candidate(3)], {})).total_scores.profession_scores;
      expect(entry).to.include({ profession_name: 'Unknown', congruence_score: 0.5, avg_r_normalized: 0 });
    });
  });
});
