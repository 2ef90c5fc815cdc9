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
import type { Persona, TestGoal } from './test-goal.js';
import type { ProfessionId, SessionId, SessionToken, UserId } from './ids.js';

/** Statuses actually written (upstream §2.1); `ikigai_completed` is never written, so it is not modelled. */
export const SESSION_STATUSES = ['riasec_ongoing', 'riasec_completed', 'ikigai_ongoing', 'completed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Statuses that block starting another test (retake protection). */
export const ACTIVE_STATUSES: readonly SessionStatus[] = stryMutAct_9fa48("327") ? [] : (stryCov_9fa48("327"), [stryMutAct_9fa48("328") ? "" : (stryCov_9fa48("328"), 'riasec_ongoing'), stryMutAct_9fa48("329") ? "" : (stryCov_9fa48("329"), 'ikigai_ongoing')]);
interface SessionBase {
  readonly id: SessionId;
  readonly user_id: UserId;
  readonly session_token: SessionToken;
  readonly persona_type: Persona;
  readonly test_goal: TestGoal;
  readonly target_profession_id: ProfessionId | null;
  readonly uses_ikigai: boolean;
  readonly started_at: Date;
  readonly algorithm_version: string;
  readonly question_set_version: string;
}
export interface RiasecOngoing extends SessionBase {
  readonly status: 'riasec_ongoing';
}
export interface RiasecCompleted extends SessionBase {
  readonly status: 'riasec_completed';
  readonly riasec_completed_at: Date;
}
export interface IkigaiOngoing extends SessionBase {
  readonly status: 'ikigai_ongoing';
  readonly riasec_completed_at: Date;
}
export interface Completed extends SessionBase {
  readonly status: 'completed';
  readonly riasec_completed_at: Date;
  readonly ikigai_completed_at: Date | null;
  readonly completed_at: Date;
}

/** A test session; each status carries exactly the timestamps it can have. */
export type Session = RiasecOngoing | RiasecCompleted | IkigaiOngoing | Completed;
export const isActive = stryMutAct_9fa48("330") ? () => undefined : (stryCov_9fa48("330"), (() => {
  const isActive = (session: Session): boolean => ACTIVE_STATUSES.includes(session.status);
  return isActive;
})());
export const ALGORITHM_VERSION = stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), '1.0');
export const QUESTION_SET_VERSION = stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), '1.0');