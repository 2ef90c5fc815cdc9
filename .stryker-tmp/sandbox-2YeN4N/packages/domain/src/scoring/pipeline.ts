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
import * as E from 'fp-ts/lib/Either.js';
import { DIMENSION_KEYS, type DimensionKey } from '../model/dimension.js';
import { aggregateScores } from './aggregate.js';
import { rankScores } from './rank.js';
import { scoreDimension, type DimensionResult } from './score-dimension.js';
import type { DimensionScoreEntry, IkigaiScoringResult, NormalizationParams } from './scores-data.js';
import type { ScoringError } from './scoring-error.js';
import type { IkigaiScoringInput } from './scoring-input.js';
import { validateScoringInput, type CandidatePositions } from './validate-input.js';
import { SCORING_STRATEGY } from './weights.js';

/**
 * The Ikigai scoring pipeline of upstream §4.8 (steps 5–10) with decisions §4 (27–29): per-dimension min-max
 * normalisation, text + click scores, aggregation over every candidate, tie detection, stable ranking, and
 * the two JSONB documents of §4.9/§4.10. Pure: `calculatedAt` (ISO, UTC) is passed in, never read from a clock.
 */
export const scoreIkigai = stryMutAct_9fa48("1017") ? () => undefined : (stryCov_9fa48("1017"), (() => {
  const scoreIkigai = (input: IkigaiScoringInput, calculatedAt: string): E.Either<ScoringError, IkigaiScoringResult> => E.map(stryMutAct_9fa48("1018") ? () => undefined : (stryCov_9fa48("1018"), (positions: CandidatePositions) => run(input, calculatedAt, positions)))(validateScoringInput(input));
  return scoreIkigai;
})());
const run = (input: IkigaiScoringInput, calculatedAt: string, positions: CandidatePositions): IkigaiScoringResult => {
  if (stryMutAct_9fa48("1019")) {
    {}
  } else {
    stryCov_9fa48("1019");
    const dimensionScores = {} as Record<DimensionKey, DimensionScoreEntry[]>;
    const normalizationParams = {} as Record<DimensionKey, NormalizationParams>;
    const byPosition = {} as Record<DimensionKey, DimensionResult['byPosition']>;
    const failedDimensions: DimensionKey[] = stryMutAct_9fa48("1020") ? ["Stryker was here"] : (stryCov_9fa48("1020"), []);
    // Canonical dimension order everywhere, so stored documents are byte-stable whatever the input key order.
    for (const key of DIMENSION_KEYS) {
      if (stryMutAct_9fa48("1021")) {
        {}
      } else {
        stryCov_9fa48("1021");
        const result = scoreDimension(input.candidates, input.dimensions[key], positions);
        dimensionScores[key] = result.entries;
        normalizationParams[key] = result.params;
        byPosition[key] = result.byPosition;
        if (stryMutAct_9fa48("1023") ? false : stryMutAct_9fa48("1022") ? true : (stryCov_9fa48("1022", "1023"), result.failed)) failedDimensions.push(key);
      }
    }
    const {
      ranked,
      tieBreakingApplied,
      tieBreakingDetails
    } = rankScores(aggregateScores(input.candidates, byPosition));
    // Validation guarantees at least one candidate, so rank 1 exists.
    const top1 = ranked[0].profession_id;
    const top2 = (stryMutAct_9fa48("1027") ? ranked.length <= 1 : stryMutAct_9fa48("1026") ? ranked.length >= 1 : stryMutAct_9fa48("1025") ? false : stryMutAct_9fa48("1024") ? true : (stryCov_9fa48("1024", "1025", "1026", "1027"), ranked.length > 1)) ? ranked[1].profession_id : null;
    return stryMutAct_9fa48("1028") ? {} : (stryCov_9fa48("1028"), {
      dimension_scores: stryMutAct_9fa48("1029") ? {} : (stryCov_9fa48("1029"), {
        dimension_scores: dimensionScores,
        normalization_params: normalizationParams,
        metadata: stryMutAct_9fa48("1030") ? {} : (stryCov_9fa48("1030"), {
          total_candidates_scored: input.candidates.length,
          scoring_strategy: SCORING_STRATEGY,
          fallback_used: stryMutAct_9fa48("1034") ? failedDimensions.length <= 0 : stryMutAct_9fa48("1033") ? failedDimensions.length >= 0 : stryMutAct_9fa48("1032") ? false : stryMutAct_9fa48("1031") ? true : (stryCov_9fa48("1031", "1032", "1033", "1034"), failedDimensions.length > 0),
          failed_dimensions: failedDimensions,
          calculated_at: calculatedAt
        })
      }),
      total_scores: stryMutAct_9fa48("1035") ? {} : (stryCov_9fa48("1035"), {
        profession_scores: ranked,
        metadata: stryMutAct_9fa48("1036") ? {} : (stryCov_9fa48("1036"), {
          total_professions_ranked: ranked.length,
          tie_breaking_applied: tieBreakingApplied,
          tie_breaking_details: tieBreakingDetails,
          top_2_professions: stryMutAct_9fa48("1037") ? [] : (stryCov_9fa48("1037"), [top1, top2]),
          calculated_at: calculatedAt
        })
      }),
      top_profession1_id: top1,
      top_profession2_id: top2
    });
  }
};