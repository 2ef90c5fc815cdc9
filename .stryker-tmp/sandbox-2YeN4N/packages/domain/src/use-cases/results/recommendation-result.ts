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
  readonly candidate_profession_names: readonly {
    profession_id: number;
    name: string;
  }[];
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
const UNKNOWN = stryMutAct_9fa48("2283") ? "" : (stryCov_9fa48("2283"), 'Unknown');
/** Placeholders older writers (upstream) stored for data they did not have (upstream §5.2 ⚠). */
const isPlaceholder = stryMutAct_9fa48("2284") ? () => undefined : (stryCov_9fa48("2284"), (() => {
  const isPlaceholder = (value: string | undefined): boolean => stryMutAct_9fa48("2287") ? (value === undefined || value === '' || value === '-') && value.toLowerCase() === 'unknown' : stryMutAct_9fa48("2286") ? false : stryMutAct_9fa48("2285") ? true : (stryCov_9fa48("2285", "2286", "2287"), (stryMutAct_9fa48("2289") ? (value === undefined || value === '') && value === '-' : stryMutAct_9fa48("2288") ? false : (stryCov_9fa48("2288", "2289"), (stryMutAct_9fa48("2291") ? value === undefined && value === '' : stryMutAct_9fa48("2290") ? false : (stryCov_9fa48("2290", "2291"), (stryMutAct_9fa48("2293") ? value !== undefined : stryMutAct_9fa48("2292") ? false : (stryCov_9fa48("2292", "2293"), value === undefined)) || (stryMutAct_9fa48("2295") ? value !== '' : stryMutAct_9fa48("2294") ? false : (stryCov_9fa48("2294", "2295"), value === (stryMutAct_9fa48("2296") ? "Stryker was here!" : (stryCov_9fa48("2296"), '')))))) || (stryMutAct_9fa48("2298") ? value !== '-' : stryMutAct_9fa48("2297") ? false : (stryCov_9fa48("2297", "2298"), value === (stryMutAct_9fa48("2299") ? "" : (stryCov_9fa48("2299"), '-')))))) || (stryMutAct_9fa48("2301") ? value.toLowerCase() !== 'unknown' : stryMutAct_9fa48("2300") ? false : (stryCov_9fa48("2300", "2301"), (stryMutAct_9fa48("2302") ? value.toUpperCase() : (stryCov_9fa48("2302"), value.toLowerCase())) === (stryMutAct_9fa48("2303") ? "" : (stryCov_9fa48("2303"), 'unknown')))));
  return isPlaceholder;
})());
const isDisplay = stryMutAct_9fa48("2304") ? () => undefined : (stryCov_9fa48("2304"), (() => {
  const isDisplay = (c: CandidateEntry): boolean => stryMutAct_9fa48("2307") ? c.is_display_candidate && c.display_order <= MAX_DISPLAY_ORDER : stryMutAct_9fa48("2306") ? false : stryMutAct_9fa48("2305") ? true : (stryCov_9fa48("2305", "2306", "2307"), c.is_display_candidate || (stryMutAct_9fa48("2310") ? c.display_order > MAX_DISPLAY_ORDER : stryMutAct_9fa48("2309") ? c.display_order < MAX_DISPLAY_ORDER : stryMutAct_9fa48("2308") ? false : (stryCov_9fa48("2308", "2309", "2310"), c.display_order <= MAX_DISPLAY_ORDER)));
  return isDisplay;
})());
export const buildRecommendationResult = (input: RecommendationResultInput): RecommendationResult => {
  if (stryMutAct_9fa48("2311")) {
    {}
  } else {
    stryCov_9fa48("2311");
    const {
      outcome,
      code,
      data
    } = input;
    const candidates = outcome.candidates_data.candidates;
    const brief = new Map(input.briefs.map(stryMutAct_9fa48("2312") ? () => undefined : (stryCov_9fa48("2312"), b => stryMutAct_9fa48("2313") ? [] : (stryCov_9fa48("2313"), [Number(b.profession_id), b]))));
    const candidate = new Map(candidates.map(stryMutAct_9fa48("2314") ? () => undefined : (stryCov_9fa48("2314"), c => stryMutAct_9fa48("2315") ? [] : (stryCov_9fa48("2315"), [Number(c.profession_id), c]))));
    const nameOf = stryMutAct_9fa48("2316") ? () => undefined : (stryCov_9fa48("2316"), (() => {
      const nameOf = (id: number): string => stryMutAct_9fa48("2317") ? brief.get(id)?.name && UNKNOWN : (stryCov_9fa48("2317"), (stryMutAct_9fa48("2318") ? brief.get(id).name : (stryCov_9fa48("2318"), brief.get(id)?.name)) ?? UNKNOWN);
      return nameOf;
    })());
    const card = stryMutAct_9fa48("2319") ? () => undefined : (stryCov_9fa48("2319"), (() => {
      const card = (c: CandidateEntry): CandidateCard => stryMutAct_9fa48("2320") ? {} : (stryCov_9fa48("2320"), {
        profession_id: Number(c.profession_id),
        name: nameOf(Number(c.profession_id)),
        congruence_type: c.congruence_type,
        expansion_tier: c.expansion_tier,
        is_display_candidate: c.is_display_candidate
      });
      return card;
    })());
    const {
      id: _id,
      ...profile
    } = code;
    return stryMutAct_9fa48("2321") ? {} : (stryCov_9fa48("2321"), {
      ...input.header,
      riasec_summary: stryMutAct_9fa48("2322") ? {} : (stryCov_9fa48("2322"), {
        riasec_code: outcome.riasec_code,
        riasec_title: letterNamesTitle(outcome.riasec_code),
        top_types: topTypeNames(outcome.riasec_code),
        total_candidates_found: stryMutAct_9fa48("2323") ? outcome.candidates_data.metadata.total_candidates && candidates.length : (stryCov_9fa48("2323"), outcome.candidates_data.metadata.total_candidates ?? candidates.length)
      }),
      candidate_profession_names: stryMutAct_9fa48("2324") ? candidates.map(c => ({
        profession_id: Number(c.profession_id),
        name: nameOf(Number(c.profession_id))
      })) : (stryCov_9fa48("2324"), candidates.slice(0, MAX_CANDIDATES).map(stryMutAct_9fa48("2325") ? () => undefined : (stryCov_9fa48("2325"), c => stryMutAct_9fa48("2326") ? {} : (stryCov_9fa48("2326"), {
        profession_id: Number(c.profession_id),
        name: nameOf(Number(c.profession_id))
      })))),
      ikigai_profile_summary: data.ikigai_profile_summary,
      // Names re-read from the catalogue (a rename shows up); stored codes kept unless a placeholder.
      recommended_professions: data.recommended_professions.map(p => {
        if (stryMutAct_9fa48("2327")) {
          {}
        } else {
          stryCov_9fa48("2327");
          const stored = p.riasec_alignment;
          return stryMutAct_9fa48("2328") ? {} : (stryCov_9fa48("2328"), {
            ...p,
            profession_name: stryMutAct_9fa48("2329") ? brief.get(p.profession_id)?.name && p.profession_name : (stryCov_9fa48("2329"), (stryMutAct_9fa48("2330") ? brief.get(p.profession_id).name : (stryCov_9fa48("2330"), brief.get(p.profession_id)?.name)) ?? p.profession_name),
            riasec_alignment: stryMutAct_9fa48("2331") ? {} : (stryCov_9fa48("2331"), {
              user_code: stored.user_code,
              profession_code: isPlaceholder(stored.profession_code) ? stryMutAct_9fa48("2332") ? brief.get(p.profession_id)?.riasec_code && '-' : (stryCov_9fa48("2332"), (stryMutAct_9fa48("2333") ? brief.get(p.profession_id).riasec_code : (stryCov_9fa48("2333"), brief.get(p.profession_id)?.riasec_code)) ?? (stryMutAct_9fa48("2334") ? "" : (stryCov_9fa48("2334"), '-'))) : stored.profession_code,
              congruence_type: isPlaceholder(stored.congruence_type) ? stryMutAct_9fa48("2335") ? candidate.get(p.profession_id)?.congruence_type && UNKNOWN : (stryCov_9fa48("2335"), (stryMutAct_9fa48("2336") ? candidate.get(p.profession_id).congruence_type : (stryCov_9fa48("2336"), candidate.get(p.profession_id)?.congruence_type)) ?? UNKNOWN) : stored.congruence_type,
              congruence_score: stored.congruence_score
            })
          });
        }
      }),
      points_awarded: null,
      TODO_points: TODO_POINTS,
      test_duration_minutes: testDurationMinutes(input.session),
      riasec_scores_raw: outcome.scores,
      display_candidates: stryMutAct_9fa48("2337") ? candidates.map(card) : (stryCov_9fa48("2337"), candidates.filter(isDisplay).map(card)),
      congruent_candidates: stryMutAct_9fa48("2338") ? candidates.map(card) : (stryCov_9fa48("2338"), candidates.filter(stryMutAct_9fa48("2339") ? () => undefined : (stryCov_9fa48("2339"), c => stryMutAct_9fa48("2340") ? isDisplay(c) : (stryCov_9fa48("2340"), !isDisplay(c)))).map(card)),
      riasec_profile: profile
    });
  }
};