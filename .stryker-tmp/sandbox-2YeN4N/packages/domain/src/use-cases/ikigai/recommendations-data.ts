// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { CandidateEntry } from '../../model/candidate.js';
import { DIMENSION_KEYS, type DimensionKey } from '../../model/dimension.js';
import type { DimensionTexts, Narrative } from '../../ports/ai-ports.js';
import type { ProfessionProfile } from '../../ports/profession-catalogue.js';
import { type ScoreBreakdown, presentProfessionScore } from '../../scoring/presentation.js';
import type { ProfessionScoreEntry } from '../../scoring/scores-data.js';
export interface RecommendedProfession {
  readonly rank: number;
  readonly profession_id: number;
  readonly profession_name: string;
  readonly match_percentage: number;
  readonly match_reasoning: string;
  readonly riasec_alignment: {
    readonly user_code: string;
    readonly profession_code: string;
    readonly congruence_type: string;
    readonly congruence_score: number;
  };
  readonly score_breakdown: ScoreBreakdown;
}

/** `career_recommendations.recommendations_data` (upstream §5.2, the Part 3 contract, decisions §4 (33–36)). */
export interface RecommendationsData {
  readonly ikigai_profile_summary: DimensionTexts;
  readonly recommended_professions: readonly RecommendedProfession[];
  readonly generation_context: {
    readonly user_riasec_code: string;
    readonly user_riasec_code_id: number;
    readonly user_riasec_classification_type: 'single' | 'dual' | 'triple';
    readonly total_candidates_evaluated: number;
    readonly top_2_selection_method: 'total_score_ranking';
    readonly ikigai_summary_generated_from: 'user_reasoning_text_abstraction';
    readonly match_reasoning_generated_from: 'profession_characteristics_mapping';
    readonly generation_timestamp: string;
    readonly narrative_fallback_used: boolean;
  };
  readonly points_awarded: null;
}
export interface RecommendationInput {
  readonly ranked: readonly ProfessionScoreEntry[];
  readonly candidates: readonly CandidateEntry[];
  readonly profiles: readonly ProfessionProfile[];
  readonly userCode: string;
  readonly userCodeId: number;
  readonly answers: DimensionTexts;
  /** Undefined when the narrative call failed: fallback texts are used and flagged. */
  readonly narrative: Narrative | undefined;
  readonly generatedAt: string;
}
const CLASSIFICATION = ['single', 'dual', 'triple'] as const;

/** Fallback summary: the user's own words, shortened, so the tab never shows an empty card. */
const fallbackSummary = stryMutAct_9fa48("1580") ? () => undefined : (stryCov_9fa48("1580"), (() => {
  const fallbackSummary = (answers: DimensionTexts): DimensionTexts => Object.fromEntries(DIMENSION_KEYS.map((key: DimensionKey) => {
    const text = answers[key].trim();
    return [key, text.length > 240 ? `${text.slice(0, 237).trimEnd()}...` : text];
  })) as DimensionTexts;
  return fallbackSummary;
})());
const fallbackReasoning = stryMutAct_9fa48("1581") ? () => undefined : (stryCov_9fa48("1581"), (() => {
  const fallbackReasoning = (entry: ProfessionScoreEntry, name: string): string => (stryMutAct_9fa48("1582") ? `` : (stryCov_9fa48("1582"), `${name} berada di peringkat ${entry.rank} dengan skor ${presentProfessionScore(entry).match_percentage} dari 100, `)) + (stryMutAct_9fa48("1583") ? `` : (stryCov_9fa48("1583"), `dihitung dari kecocokan keempat jawaban Ikigai kamu dengan profesi ini.`));
  return fallbackReasoning;
})());
export const buildRecommendationsData = (input: RecommendationInput): RecommendationsData => {
  if (stryMutAct_9fa48("1584")) {
    {}
  } else {
    stryCov_9fa48("1584");
    const top = stryMutAct_9fa48("1585") ? input.ranked : (stryCov_9fa48("1585"), input.ranked.slice(0, 2));
    const profileOf = new Map(input.profiles.map(stryMutAct_9fa48("1586") ? () => undefined : (stryCov_9fa48("1586"), p => stryMutAct_9fa48("1587") ? [] : (stryCov_9fa48("1587"), [Number(p.profession_id), p]))));
    const candidateOf = new Map(input.candidates.map(stryMutAct_9fa48("1588") ? () => undefined : (stryCov_9fa48("1588"), c => stryMutAct_9fa48("1589") ? [] : (stryCov_9fa48("1589"), [Number(c.profession_id), c]))));
    return stryMutAct_9fa48("1590") ? {} : (stryCov_9fa48("1590"), {
      ikigai_profile_summary: stryMutAct_9fa48("1591") ? input.narrative?.ikigai_profile_summary && fallbackSummary(input.answers) : (stryCov_9fa48("1591"), (stryMutAct_9fa48("1592") ? input.narrative.ikigai_profile_summary : (stryCov_9fa48("1592"), input.narrative?.ikigai_profile_summary)) ?? fallbackSummary(input.answers)),
      recommended_professions: top.map(entry => {
        if (stryMutAct_9fa48("1593")) {
          {}
        } else {
          stryCov_9fa48("1593");
          const id = Number(entry.profession_id);
          const profile = profileOf.get(id);
          const candidate = candidateOf.get(id);
          const name = stryMutAct_9fa48("1594") ? profile?.name && entry.profession_name : (stryCov_9fa48("1594"), (stryMutAct_9fa48("1595") ? profile.name : (stryCov_9fa48("1595"), profile?.name)) ?? entry.profession_name);
          const presented = presentProfessionScore(entry);
          return stryMutAct_9fa48("1596") ? {} : (stryCov_9fa48("1596"), {
            rank: entry.rank,
            profession_id: id,
            profession_name: name,
            match_percentage: presented.match_percentage,
            match_reasoning: input.narrative ? stryMutAct_9fa48("1597") ? input.narrative.match_reasoning[String(id)] && '' : (stryCov_9fa48("1597"), input.narrative.match_reasoning[String(id)] ?? (stryMutAct_9fa48("1598") ? "Stryker was here!" : (stryCov_9fa48("1598"), ''))) : fallbackReasoning(entry, name),
            riasec_alignment: stryMutAct_9fa48("1599") ? {} : (stryCov_9fa48("1599"), {
              user_code: input.userCode,
              profession_code: stryMutAct_9fa48("1600") ? profile?.riasec_code && '-' : (stryCov_9fa48("1600"), (stryMutAct_9fa48("1601") ? profile.riasec_code : (stryCov_9fa48("1601"), profile?.riasec_code)) ?? (stryMutAct_9fa48("1602") ? "" : (stryCov_9fa48("1602"), '-'))),
              congruence_type: stryMutAct_9fa48("1603") ? candidate?.congruence_type && 'unknown' : (stryCov_9fa48("1603"), (stryMutAct_9fa48("1604") ? candidate.congruence_type : (stryCov_9fa48("1604"), candidate?.congruence_type)) ?? (stryMutAct_9fa48("1605") ? "" : (stryCov_9fa48("1605"), 'unknown'))),
              congruence_score: stryMutAct_9fa48("1606") ? candidate?.congruence_score && entry.congruence_score : (stryCov_9fa48("1606"), (stryMutAct_9fa48("1607") ? candidate.congruence_score : (stryCov_9fa48("1607"), candidate?.congruence_score)) ?? entry.congruence_score)
            }),
            score_breakdown: presented.score_breakdown
          });
        }
      }),
      generation_context: stryMutAct_9fa48("1608") ? {} : (stryCov_9fa48("1608"), {
        user_riasec_code: input.userCode,
        user_riasec_code_id: input.userCodeId,
        user_riasec_classification_type: stryMutAct_9fa48("1609") ? CLASSIFICATION[Math.min(Math.max(input.userCode.length, 1), 3) - 1] && 'triple' : (stryCov_9fa48("1609"), CLASSIFICATION[stryMutAct_9fa48("1610") ? Math.min(Math.max(input.userCode.length, 1), 3) + 1 : (stryCov_9fa48("1610"), (stryMutAct_9fa48("1611") ? Math.max(Math.max(input.userCode.length, 1), 3) : (stryCov_9fa48("1611"), Math.min(stryMutAct_9fa48("1612") ? Math.min(input.userCode.length, 1) : (stryCov_9fa48("1612"), Math.max(input.userCode.length, 1)), 3))) - 1)] ?? (stryMutAct_9fa48("1613") ? "" : (stryCov_9fa48("1613"), 'triple'))),
        total_candidates_evaluated: input.ranked.length,
        top_2_selection_method: stryMutAct_9fa48("1614") ? "" : (stryCov_9fa48("1614"), 'total_score_ranking'),
        ikigai_summary_generated_from: stryMutAct_9fa48("1615") ? "" : (stryCov_9fa48("1615"), 'user_reasoning_text_abstraction'),
        match_reasoning_generated_from: stryMutAct_9fa48("1616") ? "" : (stryCov_9fa48("1616"), 'profession_characteristics_mapping'),
        generation_timestamp: input.generatedAt,
        narrative_fallback_used: stryMutAct_9fa48("1619") ? input.narrative !== undefined : stryMutAct_9fa48("1618") ? false : stryMutAct_9fa48("1617") ? true : (stryCov_9fa48("1617", "1618", "1619"), input.narrative === undefined)
      }),
      points_awarded: null
    });
  }
};