// @ts-nocheck
import { type CandidateEntry, MAX_CANDIDATES, MAX_DISPLAY_ORDER } from '../../model/candidate.js';
import { type RiasecScores, letterNamesTitle } from '../../model/riasec-letter.js';
import type { Completed } from '../../model/session.js';
import type { DimensionTexts } from '../../ports/ai-ports.js';
import type { ProfessionBrief, RiasecCodeRecord } from '../../ports/profession-catalogue.js';
import type { RiasecOutcome } from '../../ports/riasec-repository.js';
import type { RecommendationsData, RecommendedProfession } from '../ikigai/recommendations-data.js';
import { type ResultHeader, TODO_POINTS, testDurationMinutes, topTypeNames } from './result-header.js';

export interface CandidateCard {
  readonly profession_id: number;
  readonly name: string;
  readonly congruence_type: string;
  readonly expansion_tier: number;
  readonly is_display_candidate: boolean;
}

export type RiasecProfile = Omit<RiasecCodeRecord, 'id'>;

/** `RecommendationResultResponse` of upstream §5.3, then the additive REXTRA-AI fields. */
export interface RecommendationResult extends ResultHeader {
  readonly riasec_summary: {
    readonly riasec_code: string;
    readonly riasec_title: string;
    readonly top_types: readonly string[];
    readonly total_candidates_found: number;
  };
  readonly candidate_profession_names: readonly { profession_id: number; name: string }[];
  readonly ikigai_profile_summary: DimensionTexts;
  readonly recommended_professions: readonly RecommendedProfession[];
  readonly points_awarded: null;
  readonly TODO_points: string;
  readonly test_duration_minutes: number;
  readonly riasec_scores_raw: RiasecScores;
  readonly display_candidates: readonly CandidateCard[];
  readonly congruent_candidates: readonly CandidateCard[];
  readonly riasec_profile: RiasecProfile;
}

export interface RecommendationResultInput {
  readonly header: ResultHeader;
  readonly session: Completed;
  readonly data: RecommendationsData;
  readonly outcome: RiasecOutcome;
  readonly code: RiasecCodeRecord;
  readonly briefs: readonly ProfessionBrief[];
}

const UNKNOWN = 'Unknown';
/** Placeholders older writers (upstream) stored for data they did not have (upstream §5.2 ⚠). */
const isPlaceholder = (value: string | undefined): boolean =>
  value === undefined || value === '' || value === '-' || value.toLowerCase() === 'unknown';

const isDisplay = (c: CandidateEntry): boolean =>
  c.is_display_candidate || c.display_order <= MAX_DISPLAY_ORDER;

export const buildRecommendationResult = (input: RecommendationResultInput): RecommendationResult => {
  const { outcome, code, data } = input;
  const candidates = outcome.candidates_data.candidates;
  const brief = new Map(input.briefs.map((b) => [Number(b.profession_id), b]));
  const candidate = new Map(candidates.map((c) => [Number(c.profession_id), c]));
  const nameOf = (id: number): string => brief.get(id)?.name ?? UNKNOWN;
  const card = (c: CandidateEntry): CandidateCard => ({
    profession_id: Number(c.profession_id),
    name: nameOf(Number(c.profession_id)),
    congruence_type: c.congruence_type,
    expansion_tier: c.expansion_tier,
    is_display_candidate: c.is_display_candidate,
  });
  const { id: _id, ...profile } = code;
  return {
    ...input.header,
    riasec_summary: {
      riasec_code: outcome.riasec_code,
      riasec_title: letterNamesTitle(outcome.riasec_code),
      top_types: topTypeNames(outcome.riasec_code),
      total_candidates_found: outcome.candidates_data.metadata.total_candidates ?? candidates.length,
    },
    candidate_profession_names: candidates.slice(0, MAX_CANDIDATES).map((c) => ({
      profession_id: Number(c.profession_id),
      name: nameOf(Number(c.profession_id)),
    })),
    ikigai_profile_summary: data.ikigai_profile_summary,
    // Names re-read from the catalogue (a rename shows up); stored codes kept unless a placeholder.
    recommended_professions: data.recommended_professions.map((p) => {
      const stored = p.riasec_alignment;
      return {
        ...p,
        profession_name: brief.get(p.profession_id)?.name ?? p.profession_name,
        riasec_alignment: {
          user_code: stored.user_code,
          profession_code: isPlaceholder(stored.profession_code)
            ? (brief.get(p.profession_id)?.riasec_code ?? '-')
            : stored.profession_code,
          congruence_type: isPlaceholder(stored.congruence_type)
            ? (candidate.get(p.profession_id)?.congruence_type ?? UNKNOWN)
            : stored.congruence_type,
          congruence_score: stored.congruence_score,
        },
      };
    }),
    points_awarded: null,
    TODO_points: TODO_POINTS,
    test_duration_minutes: testDurationMinutes(input.session),
    riasec_scores_raw: outcome.scores,
    display_candidates: candidates.filter(isDisplay).map(card),
    congruent_candidates: candidates.filter((c) => !isDisplay(c)).map(card),
    riasec_profile: profile,
  };
};
