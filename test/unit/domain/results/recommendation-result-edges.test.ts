import {
  type CandidateEntry,
  type Completed,
  type RecommendationsData,
  type RiasecCodeRecord,
  type RiasecOutcome,
  ProfessionId,
  RiasecCodeId,
  SessionId,
  SessionToken,
  UserId,
  buildRecommendationResult,
} from '@kenali/domain';
import { expect } from 'chai';

const at = new Date('2026-11-22T08:00:00.000Z');
const session: Completed = {
  id: SessionId(1),
  user_id: UserId('u'),
  session_token: SessionToken('tok'),
  persona_type: 'BUILDER',
  test_goal: 'RECOMMENDATION',
  target_profession_id: null,
  uses_ikigai: true,
  started_at: at,
  algorithm_version: '1.0',
  question_set_version: '1.0',
  status: 'completed',
  riasec_completed_at: at,
  ikigai_completed_at: at,
  completed_at: new Date(at.getTime() + 30 * 60_000),
};
const candidate = (id: number, order: number, display = order <= 5): CandidateEntry => ({
  profession_id: ProfessionId(id),
  riasec_code_id: RiasecCodeId(7),
  expansion_tier: 1,
  congruence_type: 'exact_match',
  congruence_score: 1,
  display_order: order,
  is_display_candidate: display,
});
const outcome = (candidates: CandidateEntry[], total?: number): RiasecOutcome =>
  ({
    scores: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 },
    riasec_code_id: RiasecCodeId(7),
    riasec_code: 'I',
    classification_type: 'single',
    is_inconsistent_profile: false,
    candidates_data: { candidates, metadata: total === undefined ? {} : { total_candidates: total } },
  }) as unknown as RiasecOutcome;
const code = { id: RiasecCodeId(7), riasec_code: 'I' } as RiasecCodeRecord;
const recommended = (id: number, profession_code: string, congruence_type: string) => ({
  rank: 1,
  profession_id: id,
  profession_name: 'Tersimpan',
  match_percentage: 70,
  match_reasoning: '',
  riasec_alignment: { user_code: 'I', profession_code, congruence_type, congruence_score: 1 },
  score_breakdown: {},
});
const build = (data: unknown[], candidates: CandidateEntry[], total?: number) =>
  buildRecommendationResult({
    header: { session_token: 'tok', user_first_name: 'Sari', test_completed_at: null },
    session,
    data: { ikigai_profile_summary: {}, recommended_professions: data } as unknown as RecommendationsData,
    outcome: outcome(candidates, total),
    code,
    briefs: [{ profession_id: ProfessionId(11), name: 'Analis', riasec_code: 'IC' }],
  });

describe('buildRecommendationResult (edges)', function () {
  it('treats "", "-", any case of "unknown" and a missing value as placeholders, and nothing else', function () {
    const placeholders = ['', '-', 'unknown', 'UNKNOWN', 'Unknown', undefined];
    for (const value of placeholders) {
      const [p] = build(
        [recommended(11, value as string, value as string)],
        [candidate(11, 1)],
      ).recommended_professions;
      expect(p.riasec_alignment, String(value)).to.deep.include({
        profession_code: 'IC',
        congruence_type: 'exact_match',
      });
    }
    for (const value of ['IR', 'x', '--', 'unknowns']) {
      const [p] = build([recommended(11, value, value)], [candidate(11, 1)]).recommended_professions;
      expect(p.riasec_alignment, value).to.deep.include({ profession_code: value, congruence_type: value });
    }
  });

  it('falls back to "-" and "Unknown" when neither the catalogue nor the candidates know the profession', function () {
    const [p] = build([recommended(99, '-', 'unknown')], [candidate(11, 1)]).recommended_professions;
    expect(p.riasec_alignment).to.deep.include({ profession_code: '-', congruence_type: 'Unknown' });
  });

  it('shows a candidate when it is flagged or within display order 5, and counts it in the pool otherwise', function () {
    const pool = [
      candidate(1, 5, false),
      candidate(2, 6, true),
      candidate(3, 6, false),
      candidate(4, 4, true),
    ];
    const result = build([], pool);
    expect(result.display_candidates.map((c) => c.profession_id)).to.deep.equal([1, 2, 4]);
    expect(result.congruent_candidates.map((c) => c.profession_id)).to.deep.equal([3]);
  });

  it('counts the candidates when the metadata has no total, and names at most 30 of them', function () {
    const many = Array.from({ length: 31 }, (_, i) => candidate(100 + i, i + 1));
    const result = build([], many);
    expect(result.riasec_summary.total_candidates_found).to.equal(31);
    expect(result.candidate_profession_names.map((c) => c.profession_id)).to.deep.equal(
      many.slice(0, 30).map((c) => Number(c.profession_id)),
    );
    expect(build([], many, 40).riasec_summary.total_candidates_found).to.equal(40);
    expect(result.test_duration_minutes).to.equal(30);
  });
});
