// @ts-nocheck
import {
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
  firstName,
  testDurationMinutes,
} from '@kenali/domain';
import { expect } from 'chai';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 22, 8, minute, second));

const session = (startedAt: Date, completedAt: Date): Completed => ({
  id: SessionId(1),
  user_id: UserId('u'),
  session_token: SessionToken('tok'),
  persona_type: 'BUILDER',
  test_goal: 'RECOMMENDATION',
  target_profession_id: null,
  uses_ikigai: true,
  started_at: startedAt,
  algorithm_version: '1.0',
  question_set_version: '1.0',
  status: 'completed',
  riasec_completed_at: completedAt,
  ikigai_completed_at: completedAt,
  completed_at: completedAt,
});

const candidate = (id: number, order: number) => ({
  profession_id: ProfessionId(id),
  riasec_code_id: RiasecCodeId(7),
  expansion_tier: 1 as const,
  congruence_type: 'exact_match' as const,
  congruence_score: 1,
  display_order: order,
  is_display_candidate: order <= 5,
});

const outcome = {
  scores: { R: 45, I: 56, A: 20, S: 22, E: 32, C: 46 },
  riasec_code_id: RiasecCodeId(7),
  riasec_code: 'I',
  classification_type: 'single',
  is_inconsistent_profile: false,
  candidates_data: {
    candidates: [candidate(11, 1), candidate(12, 6)],
    metadata: { total_candidates: 2 },
  },
} as unknown as RiasecOutcome;

const code: RiasecCodeRecord = {
  id: RiasecCodeId(7),
  riasec_code: 'I',
  riasec_title: 'Investigative (I)',
  riasec_description: 'deskripsi',
  strengths: ['a'],
  challenges: ['b'],
  strategies: ['c'],
  work_environments: ['d'],
  interaction_styles: ['e'],
};

/** A row as upstream wrote it: the placeholders of upstream §5.2 ⚠. */
const upstreamData = {
  ikigai_profile_summary: {},
  recommended_professions: [
    {
      rank: 1,
      profession_id: 11,
      profession_name: 'Nama Lama',
      match_percentage: 71.5,
      match_reasoning: '',
      riasec_alignment: {
        user_code: 'I',
        profession_code: '-',
        congruence_type: 'Unknown',
        congruence_score: 1,
      },
      score_breakdown: {},
    },
  ],
} as unknown as RecommendationsData;

describe('result tab builders', () => {
  it('user_first_name is the first word of the full name, "Pengguna" when it is blank', () => {
    expect(firstName('  Sari   Wulandari ')).to.equal('Sari');
    expect(firstName('   ')).to.equal('Pengguna');
    expect(firstName(null)).to.equal('Pengguna');
  });

  it('test_duration_minutes counts whole minutes and is never below 1', () => {
    expect(testDurationMinutes(session(at(0), at(0, 20)))).to.equal(1);
    expect(testDurationMinutes(session(at(0), at(12, 59)))).to.equal(12);
  });

  it('fills upstream placeholders from the catalogue and the candidates, and splits display candidates', () => {
    const result = buildRecommendationResult({
      header: { session_token: 'tok', user_first_name: 'Sari', test_completed_at: null },
      session: session(at(0), at(5)),
      data: upstreamData,
      outcome,
      code,
      briefs: [
        { profession_id: ProfessionId(11), name: 'Analis Data', riasec_code: 'IC' },
        { profession_id: ProfessionId(12), name: 'Peneliti', riasec_code: 'I' },
      ],
    });
    expect(result.recommended_professions[0]).to.deep.include({ profession_name: 'Analis Data' });
    expect(result.recommended_professions[0].riasec_alignment).to.deep.equal({
      user_code: 'I',
      profession_code: 'IC',
      congruence_type: 'exact_match',
      congruence_score: 1,
    });
    expect(result.display_candidates.map((c) => c.profession_id)).to.deep.equal([11]);
    expect(result.congruent_candidates.map((c) => c.name)).to.deep.equal(['Peneliti']);
    expect(result.riasec_profile).to.not.have.property('id');
    expect(result.riasec_profile.riasec_title).to.equal('Investigative (I)');
    expect(result.riasec_summary).to.deep.equal({
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: ['Investigative'],
      total_candidates_found: 2,
    });
  });

  it('keeps stored codes that are real, and names a profession missing from the catalogue "Unknown"', () => {
    const result = buildRecommendationResult({
      header: { session_token: 'tok', user_first_name: 'Sari', test_completed_at: null },
      session: session(at(0), at(5)),
      data: {
        ...upstreamData,
        recommended_professions: [
          {
            ...upstreamData.recommended_professions[0],
            riasec_alignment: {
              user_code: 'I',
              profession_code: 'IR',
              congruence_type: 'subset_adjacent',
              congruence_score: 0.9,
            },
          },
        ],
      },
      outcome,
      code,
      briefs: [],
    });
    expect(result.recommended_professions[0]).to.deep.include({ profession_name: 'Nama Lama' });
    expect(result.recommended_professions[0].riasec_alignment).to.include({
      profession_code: 'IR',
      congruence_type: 'subset_adjacent',
    });
    expect(result.candidate_profession_names.map((c) => c.name)).to.deep.equal(['Unknown', 'Unknown']);
  });
});
