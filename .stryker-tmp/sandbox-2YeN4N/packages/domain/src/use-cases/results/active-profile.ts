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
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import type { Session } from '../../model/session.js';
import type { TestGoal } from '../../model/test-goal.js';
import type { ActiveCareerProfile, ProfileSource } from '../../ports/career-profile-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';

/**
 * The active career profile as the REXTRA-AI client reads it (upstream §5.6), plus the Go-design columns
 * (decisions §4). `profile_id` is the row key, which in the Go table is the user id.
 */
export interface ActiveProfileDetails {
  readonly profile_id: string;
  readonly test_session_id: number;
  readonly session_token: string;
  readonly riasec_code: string | null;
  readonly top_profession1_id: number | null;
  readonly top_profession2_id: number | null;
  readonly activated_at: string;
  readonly active_session_token: string;
  readonly test_goal: TestGoal;
  readonly set_source: ProfileSource;
  readonly pinned: boolean;
  readonly set_at: string;
  readonly test_completed_at: string | null;
}
export type ActiveProfileView = {
  readonly has_active_profile: false;
} | ({
  readonly has_active_profile: true;
} & ActiveProfileDetails);

/** RECOMMENDATION: the two recommended professions; FIT_CHECK: the checked profession (as REXTRA-AI). */
const topProfessions = stryMutAct_9fa48("2143") ? () => undefined : (stryCov_9fa48("2143"), (() => {
  const topProfessions = (repos: Repositories, session: Session): TE.TaskEither<PortError, readonly [number | null, number | null]> => (stryMutAct_9fa48("2146") ? session.test_goal !== 'FIT_CHECK' : stryMutAct_9fa48("2145") ? false : stryMutAct_9fa48("2144") ? true : (stryCov_9fa48("2144", "2145", "2146"), session.test_goal === (stryMutAct_9fa48("2147") ? "" : (stryCov_9fa48("2147"), 'FIT_CHECK')))) ? TE.right(stryMutAct_9fa48("2148") ? [] : (stryCov_9fa48("2148"), [session.target_profession_id, null])) : pipe(repos.recommendations.find(session.id), TE.map(O.match(stryMutAct_9fa48("2149") ? () => undefined : (stryCov_9fa48("2149"), () => [null, null] as const), stryMutAct_9fa48("2150") ? () => undefined : (stryCov_9fa48("2150"), r => [r.topProfession1, r.topProfession2] as const))));
  return topProfessions;
})());
export const profileDetails = stryMutAct_9fa48("2151") ? () => undefined : (stryCov_9fa48("2151"), (() => {
  const profileDetails = (repos: Repositories, profile: ActiveCareerProfile, session: Session): TE.TaskEither<PortError, ActiveProfileDetails> => pipe(TE.Do, TE.apS(stryMutAct_9fa48("2152") ? "" : (stryCov_9fa48("2152"), 'code'), pipe(repos.riasec.findOutcome(session.id), TE.map(O.map(stryMutAct_9fa48("2153") ? () => undefined : (stryCov_9fa48("2153"), o => o.riasec_code))))), TE.apS(stryMutAct_9fa48("2154") ? "" : (stryCov_9fa48("2154"), 'top'), topProfessions(repos, session)), TE.map(stryMutAct_9fa48("2155") ? () => undefined : (stryCov_9fa48("2155"), ({
    code,
    top
  }) => stryMutAct_9fa48("2156") ? {} : (stryCov_9fa48("2156"), {
    profile_id: profile.user,
    test_session_id: Number(session.id),
    session_token: session.session_token,
    riasec_code: O.toNullable(code),
    top_profession1_id: top[0],
    top_profession2_id: top[1],
    activated_at: profile.setAt.toISOString(),
    active_session_token: session.session_token,
    test_goal: session.test_goal,
    set_source: profile.source,
    pinned: profile.pinned,
    set_at: profile.setAt.toISOString(),
    test_completed_at: (stryMutAct_9fa48("2159") ? session.status !== 'completed' : stryMutAct_9fa48("2158") ? false : stryMutAct_9fa48("2157") ? true : (stryCov_9fa48("2157", "2158", "2159"), session.status === (stryMutAct_9fa48("2160") ? "" : (stryCov_9fa48("2160"), 'completed')))) ? session.completed_at.toISOString() : null
  }))));
  return profileDetails;
})());