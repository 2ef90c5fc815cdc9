import type {
  CandidateEntry,
  ProfessionProfile,
  ProfessionScoreEntry,
  RecommendationInput,
} from '@kenali/domain';
import {
  DIMENSION_KEYS,
  ProfessionId,
  RiasecCodeId,
  buildRecommendationsData,
  presentProfessionScore,
} from '@kenali/domain';
import { expect } from 'chai';
import { fixedNarrative } from '../../../fakes/index.js';

const entry = (id: number, rank: number, total: number): ProfessionScoreEntry => ({
  rank,
  profession_id: ProfessionId(id),
  profession_name: `Tersimpan ${id}`,
  total_score: total,
  intrinsic_score: total / 2,
  extrinsic_score: total / 2,
  congruence_score: 0.7,
  avg_r_normalized: 0.5,
  score_what_you_love: total / 4,
  score_what_you_are_good_at: total / 4,
  score_what_the_world_needs: total / 4,
  score_what_you_can_be_paid_for: total / 4,
});
const profile = (id: number, code: string | null): ProfessionProfile => ({
  profession_id: ProfessionId(id),
  name: `Katalog ${id}`,
  riasec_code: code,
  riasec_code_id: null,
  about_description: '',
  riasec_description: '',
  activities: [],
  hard_skills: [],
  soft_skills: [],
  tools: [],
  entry_level_path: null,
  senior_level_path: null,
});
const candidate = (id: number): CandidateEntry => ({
  profession_id: ProfessionId(id),
  riasec_code_id: RiasecCodeId(9),
  expansion_tier: 2,
  congruence_type: 'congruent_adjacent',
  congruence_score: 0.85,
  display_order: 1,
  is_display_candidate: true,
});
const answers = Object.fromEntries(
  DIMENSION_KEYS.map((k) => [k, `  Jawaban ${k}  `]),
) as RecommendationInput['answers'];
const input = (overrides: Partial<RecommendationInput> = {}): RecommendationInput => ({
  ranked: [entry(11, 1, 0.9), entry(12, 2, 0.8), entry(13, 3, 0.4)],
  candidates: [candidate(11)],
  profiles: [profile(11, 'IA')],
  userCode: 'IA',
  userCodeId: 8,
  answers,
  narrative: undefined,
  generatedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

describe('buildRecommendationsData', function () {
  it('takes names and codes from the catalogue and congruence from the candidate, with fallbacks for the rest', function () {
    const data = buildRecommendationsData(input());
    const [first, second] = data.recommended_professions;
    expect(first).to.deep.include({ rank: 1, profession_id: 11, profession_name: 'Katalog 11' });
    expect(first.riasec_alignment).to.deep.equal({
      user_code: 'IA',
      profession_code: 'IA',
      congruence_type: 'congruent_adjacent',
      congruence_score: 0.85,
    });
    expect(second).to.deep.include({ rank: 2, profession_id: 12, profession_name: 'Tersimpan 12' });
    expect(second.riasec_alignment).to.deep.equal({
      user_code: 'IA',
      profession_code: '-',
      congruence_type: 'unknown',
      congruence_score: 0.7,
    });
    expect(first.match_percentage).to.equal(presentProfessionScore(entry(11, 1, 0.9)).match_percentage);
    expect(first.score_breakdown).to.deep.equal(presentProfessionScore(entry(11, 1, 0.9)).score_breakdown);
    expect(data.recommended_professions).to.have.length(2);
    expect(data.points_awarded).to.equal(null);
  });

  it('explains the ranking in the fallback texts and uses the trimmed answers as the summary', function () {
    const data = buildRecommendationsData(input());
    const pct = presentProfessionScore(entry(11, 1, 0.9)).match_percentage;
    expect(data.recommended_professions[0].match_reasoning).to.equal(
      `Katalog 11 berada di peringkat 1 dengan skor ${pct} dari 100, dihitung dari kecocokan keempat jawaban Ikigai kamu dengan profesi ini.`,
    );
    expect(data.ikigai_profile_summary).to.deep.equal(
      Object.fromEntries(DIMENSION_KEYS.map((k) => [k, `Jawaban ${k}`])),
    );
    expect(data.generation_context).to.deep.equal({
      user_riasec_code: 'IA',
      user_riasec_code_id: 8,
      user_riasec_classification_type: 'dual',
      total_candidates_evaluated: 3,
      top_2_selection_method: 'total_score_ranking',
      ikigai_summary_generated_from: 'user_reasoning_text_abstraction',
      match_reasoning_generated_from: 'profession_characteristics_mapping',
      generation_timestamp: '2026-03-01T10:00:00.000Z',
      narrative_fallback_used: true,
    });
  });

  it('shortens a long answer to 237 characters and "..." in the fallback summary, keeping 240 whole', function () {
    const long = { ...answers, what_you_love: 'a'.repeat(241), what_you_are_good_at: 'b'.repeat(240) };
    const summary = buildRecommendationsData(input({ answers: long })).ikigai_profile_summary;
    expect(summary.what_you_love).to.equal(`${'a'.repeat(237)}...`);
    expect(summary.what_you_are_good_at).to.equal('b'.repeat(240));
    const spaced = { ...answers, what_you_love: `${'a'.repeat(236)} ${'c'.repeat(10)}` };
    expect(
      buildRecommendationsData(input({ answers: spaced })).ikigai_profile_summary.what_you_love,
    ).to.equal(`${'a'.repeat(236)}...`);
  });

  it('uses the narrative when there is one, with an empty reasoning for a profession it left out', function () {
    const narrative = { ...fixedNarrative([11]), match_reasoning: { '11': 'Cocok sekali.' } };
    const data = buildRecommendationsData(input({ narrative }));
    expect(data.ikigai_profile_summary).to.deep.equal(narrative.ikigai_profile_summary);
    expect(data.recommended_professions.map((p) => p.match_reasoning)).to.deep.equal(['Cocok sekali.', '']);
    expect(data.generation_context.narrative_fallback_used).to.equal(false);
  });

  it('classifies the user code by its length: 1 single, 2 dual, 3 or more triple, empty single', function () {
    const kind = (userCode: string) =>
      buildRecommendationsData(input({ userCode })).generation_context.user_riasec_classification_type;
    expect(['R', 'RI', 'RIA', 'RIAS', ''].map(kind)).to.deep.equal([
      'single',
      'dual',
      'triple',
      'triple',
      'single',
    ]);
  });
});
