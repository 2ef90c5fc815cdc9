// @ts-nocheck
import { expect } from 'chai';
import { answer, candidate, score, scoreError, session } from './scoring-fixtures.js';

describe('scoreIkigai', () => {
  describe('edge cases', () => {
    it('gives r_normalized 0.5 to everyone when the range is zero', () => {
      const result = score(
        session([candidate(1), candidate(2)], {
          what_you_love: answer(
            [
              [1, 0.7],
              [2, 0.7],
            ],
            2,
          ),
        }),
      );
      const love = result.dimension_scores.dimension_scores.what_you_love;
      expect(love.map((e) => [e.r_normalized, e.text_score, e.click_score, e.dimension_total])).to.deep.equal(
        [
          [0.5, 7.5, 0, 7.5],
          [0.5, 7.5, 7, 14.5],
        ],
      );
    });

    it('uses r_min 0 / r_max 1 for an empty answer and scores everyone 0 there', () => {
      const result = score(session([candidate(1)], {}));
      expect(result.dimension_scores.normalization_params.what_the_world_needs).to.deep.equal({
        r_min: 0,
        r_max: 1,
        professions_evaluated: 0,
      });
      expect(result.total_scores.profession_scores[0].total_score).to.equal(0);
    });

    it('scores a failed dimension as r_raw 0.5 for every candidate and reports it', () => {
      const result = score(
        session([candidate(4), candidate(5)], {
          what_you_are_good_at: { selected_profession_id: 5, r_raw: null },
          what_you_can_be_paid_for: { selected_profession_id: null, r_raw: null },
        }),
      );
      const goodAt = result.dimension_scores.dimension_scores.what_you_are_good_at;
      expect(goodAt).to.deep.equal([
        {
          profession_id: 4,
          r_raw: 0.5,
          r_normalized: 0.5,
          text_score: 7.5,
          click_score: 0,
          dimension_total: 7.5,
        },
        {
          profession_id: 5,
          r_raw: 0.5,
          r_normalized: 0.5,
          text_score: 7.5,
          click_score: 5,
          dimension_total: 12.5,
        },
      ]);
      expect(result.dimension_scores.metadata).to.include({ fallback_used: true });
      expect(result.dimension_scores.metadata.failed_dimensions).to.deep.equal([
        'what_you_are_good_at',
        'what_you_can_be_paid_for',
      ]);
    });

    it('gives a profession missing from an AI answer no entry and 0 in that dimension', () => {
      const result = score(
        session([candidate(1), candidate(2), candidate(3)], {
          what_you_love: answer([
            [3, 0.9],
            [1, 0.1],
          ]),
          what_the_world_needs: answer([
            [2, 0.4],
            [1, 0.8],
          ]),
        }),
      );
      expect(
        result.dimension_scores.dimension_scores.what_you_love.map((e) => e.profession_id),
      ).to.deep.equal([3, 1]);
      const byId = new Map(result.total_scores.profession_scores.map((e) => [e.profession_id as number, e]));
      expect(byId.get(2)).to.include({
        score_what_you_love: 0,
        score_what_the_world_needs: 0,
        avg_r_normalized: 0,
      });
      expect(byId.get(3)).to.include({
        score_what_you_love: 15,
        score_what_the_world_needs: 0,
        avg_r_normalized: 1,
      });
      expect(byId.get(1)).to.include({
        score_what_you_love: 0,
        score_what_the_world_needs: 15,
        avg_r_normalized: 0.5,
      });
    });

    it('clamps out-of-range r_raw to [0, 1] before normalising and clicking', () => {
      const result = score(
        session([candidate(1), candidate(2)], {
          what_you_love: answer(
            [
              [1, 1.7],
              [2, -0.3],
            ],
            1,
          ),
        }),
      );
      expect(result.dimension_scores.dimension_scores.what_you_love).to.deep.equal([
        { profession_id: 1, r_raw: 1, r_normalized: 1, text_score: 15, click_score: 10, dimension_total: 25 },
        { profession_id: 2, r_raw: 0, r_normalized: 0, text_score: 0, click_score: 0, dimension_total: 0 },
      ]);
      expect(result.dimension_scores.normalization_params.what_you_love).to.include({ r_min: 0, r_max: 1 });
    });

    it('ignores a selected id that is not a candidate (no click points for anyone)', () => {
      const result = score(session([candidate(1)], { what_you_love: answer([[1, 0.9]], 99) }));
      expect(result.dimension_scores.dimension_scores.what_you_love[0].click_score).to.equal(0);
    });

    it('sums the four dimensions into total, intrinsic and extrinsic', () => {
      const all = answer(
        [
          [1, 1],
          [2, 0],
        ],
        1,
      );
      const result = score(
        session([candidate(1), candidate(2)], {
          what_you_love: all,
          what_you_are_good_at: all,
          what_the_world_needs: all,
          what_you_can_be_paid_for: all,
        }),
      );
      expect(result.total_scores.profession_scores[0]).to.include({
        profession_id: 1,
        total_score: 100,
        intrinsic_score: 50,
        extrinsic_score: 50,
        avg_r_normalized: 1,
      });
    });
  });

  describe('refused inputs', () => {
    it('refuses an empty candidate list', () => {
      expect(scoreError(session([], {}))).to.deep.equal({ _tag: 'NoCandidates', path: 'candidates' });
    });

    it('refuses duplicate candidates', () => {
      expect(scoreError(session([candidate(1), candidate(1)], {}))).to.deep.equal({
        _tag: 'DuplicateProfession',
        path: 'candidates[1].profession_id',
        profession_id: 1,
      });
    });

    it('refuses an r_raw entry for a profession that is not a candidate', () => {
      const error = scoreError(
        session([candidate(1)], {
          what_the_world_needs: answer([
            [1, 0.2],
            [8, 0.3],
          ]),
        }),
      );
      expect(error).to.deep.equal({
        _tag: 'UnknownProfession',
        path: 'dimensions.what_the_world_needs.r_raw[1].profession_id',
        profession_id: 8,
      });
    });

    it('refuses a profession listed twice in one answer', () => {
      const error = scoreError(
        session([candidate(1)], {
          what_you_love: answer([
            [1, 0.2],
            [1, 0.3],
          ]),
        }),
      );
      expect(error).to.include({
        _tag: 'DuplicateProfession',
        path: 'dimensions.what_you_love.r_raw[1].profession_id',
      });
    });

    it('refuses a non-finite r_raw', () => {
      const error = scoreError(session([candidate(1)], { what_you_love: answer([[1, Number.NaN]]) }));
      expect(error).to.include({
        _tag: 'ScoringInputInvalid',
        path: 'dimensions.what_you_love.r_raw[0].r_raw',
      });
    });
  });
});
