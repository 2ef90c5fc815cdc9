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
import type { CandidateEntry } from '../model/candidate.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import type { Session } from '../model/session.js';
import type { TestGoal } from '../model/test-goal.js';
import type { RiasecCodeRecord } from '../ports/profession-catalogue.js';
import type { RiasecOutcome } from '../ports/riasec-repository.js';
import type { ClassificationType } from '../riasec/code.js';
import { displayCount } from '../riasec/expansion.js';

/** `RIASECSubmitResponse` of upstream §3.8, also rebuilt by GET /riasec/result. */
export interface RiasecResponse {
  readonly session_token: string;
  readonly test_goal: TestGoal;
  readonly status: Session['status'];
  readonly scores: RiasecScores;
  readonly classification_type: ClassificationType;
  readonly is_inconsistent_profile: boolean;
  readonly riasec_code_info: Omit<RiasecCodeRecord, 'id'>;
  readonly candidates: readonly CandidateEntry[];
  readonly total_candidates: number;
  readonly display_candidates_count: number;
  readonly validity_warning: string | null;
  readonly next_step: 'ikigai' | 'fit_check_result';
}
export const riasecResponse = (session: Session, outcome: RiasecOutcome, code: RiasecCodeRecord, validityWarning: string | null): RiasecResponse => {
  if (stryMutAct_9fa48("2381")) {
    {}
  } else {
    stryCov_9fa48("2381");
    const candidates = outcome.candidates_data.candidates;
    return stryMutAct_9fa48("2382") ? {} : (stryCov_9fa48("2382"), {
      session_token: session.session_token,
      test_goal: session.test_goal,
      status: session.status,
      scores: outcome.scores,
      classification_type: outcome.classification_type,
      is_inconsistent_profile: outcome.is_inconsistent_profile,
      riasec_code_info: stryMutAct_9fa48("2383") ? {} : (stryCov_9fa48("2383"), {
        riasec_code: code.riasec_code,
        riasec_title: code.riasec_title,
        riasec_description: code.riasec_description,
        strengths: code.strengths,
        challenges: code.challenges,
        strategies: code.strategies,
        work_environments: code.work_environments,
        interaction_styles: code.interaction_styles
      }),
      candidates,
      total_candidates: candidates.length,
      display_candidates_count: displayCount(candidates),
      validity_warning: validityWarning,
      next_step: (stryMutAct_9fa48("2386") ? session.test_goal !== 'FIT_CHECK' : stryMutAct_9fa48("2385") ? false : stryMutAct_9fa48("2384") ? true : (stryCov_9fa48("2384", "2385", "2386"), session.test_goal === (stryMutAct_9fa48("2387") ? "" : (stryCov_9fa48("2387"), 'FIT_CHECK')))) ? stryMutAct_9fa48("2388") ? "" : (stryCov_9fa48("2388"), 'fit_check_result') : stryMutAct_9fa48("2389") ? "" : (stryCov_9fa48("2389"), 'ikigai')
    });
  }
};