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
import type { MatchCategory, FitRuleType } from '../../fit-check/classify.js';
import { type FitCheckExplanation, explainFitCheck } from '../../fit-check/explanation.js';
import { FIT_CHECK_PRESENTATION } from '../../fit-check/labels.js';
import { letterNamesTitle } from '../../model/riasec-letter.js';
import type { FitCheckRecord } from '../../ports/fit-check-repository.js';
import { type ResultHeader, TODO_POINTS, topTypeNames } from './result-header.js';

/** `FitCheckResultResponse` of upstream §5.4; next steps and CTAs live inside `explanation` (decisions §4). */
export interface FitCheckResult extends ResultHeader {
  readonly user_riasec: {
    readonly riasec_code: string;
    readonly riasec_title: string;
    readonly top_types: readonly string[];
  };
  readonly target_profession: {
    readonly profession_id: number;
    readonly name: string;
    readonly riasec_code: string;
    readonly riasec_title: string;
  };
  readonly fit_check_result: {
    readonly match_category: MatchCategory;
    readonly match_label: string;
    readonly match_stars: number;
    readonly rule_type: FitRuleType;
    readonly dominant_letter_same: boolean;
    readonly is_adjacent_hexagon: boolean;
    readonly match_score: number | null;
    readonly explanation: FitCheckExplanation;
  };
  readonly points_awarded: null;
  readonly TODO_points: string;
}
export interface FitCheckResultInput {
  readonly header: ResultHeader;
  readonly record: FitCheckRecord;
  /** Codes of the ids stored in the row: the verdict is explained with the codes it was decided on. */
  readonly userCode: string;
  readonly professionCode: string;
  readonly professionName: string | undefined;
}
export const buildFitCheckResult = (input: FitCheckResultInput): FitCheckResult => {
  if (stryMutAct_9fa48("2161")) {
    {}
  } else {
    stryCov_9fa48("2161");
    const {
      record,
      userCode,
      professionCode
    } = input;
    const name = stryMutAct_9fa48("2162") ? input.professionName && 'Unknown' : (stryCov_9fa48("2162"), input.professionName ?? (stryMutAct_9fa48("2163") ? "" : (stryCov_9fa48("2163"), 'Unknown')));
    const presentation = FIT_CHECK_PRESENTATION[record.match_category];
    return stryMutAct_9fa48("2164") ? {} : (stryCov_9fa48("2164"), {
      ...input.header,
      user_riasec: stryMutAct_9fa48("2165") ? {} : (stryCov_9fa48("2165"), {
        riasec_code: userCode,
        riasec_title: letterNamesTitle(userCode),
        top_types: topTypeNames(userCode)
      }),
      target_profession: stryMutAct_9fa48("2166") ? {} : (stryCov_9fa48("2166"), {
        profession_id: Number(record.profession_id),
        name,
        riasec_code: professionCode,
        riasec_title: letterNamesTitle(professionCode)
      }),
      fit_check_result: stryMutAct_9fa48("2167") ? {} : (stryCov_9fa48("2167"), {
        match_category: record.match_category,
        match_label: presentation.match_label,
        match_stars: presentation.match_stars,
        rule_type: record.rule_type,
        dominant_letter_same: record.dominant_letter_same,
        is_adjacent_hexagon: record.is_adjacent_hexagon,
        match_score: record.match_score,
        explanation: explainFitCheck(stryMutAct_9fa48("2168") ? {} : (stryCov_9fa48("2168"), {
          match_category: record.match_category,
          rule_type: record.rule_type,
          user_code: userCode,
          profession_name: name,
          profession_code: professionCode
        }))
      }),
      points_awarded: null,
      TODO_points: TODO_POINTS
    });
  }
};