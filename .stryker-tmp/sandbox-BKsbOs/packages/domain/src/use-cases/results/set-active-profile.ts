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
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { ActiveCareerProfile } from '../../ports/career-profile-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type ActiveProfileDetails, profileDetails } from './active-profile.js';
import { type ResultSessionError, completedSession } from './result-session.js';
export type SetActiveProfileError = ResultSessionError;
export interface SetActiveProfileResult extends ActiveProfileDetails {
  readonly success: true;
  readonly message: string;
}
const MESSAGE = stryMutAct_9fa48("2370") ? "" : (stryCov_9fa48("2370"), 'Profil karier aktif berhasil diganti ke hasil tes ini.');

/**
 * POST /career-profile/user-profile/set-active (upstream §5.6 on the Go table, decisions §4): only a completed
 * RECOMMENDATION session can become the profile, as upstream requires. Check, upsert and the response are
 * one transaction, so an idempotent replay stores exactly what was committed.
 */
export class SetActiveProfile {
  constructor(private readonly uow: UnitOfWork, private readonly clock: Clock) {}
  execute(user: UserId, token: SessionToken): TE.TaskEither<SetActiveProfileError, SetActiveProfileResult> {
    if (stryMutAct_9fa48("2371")) {
      {}
    } else {
      stryCov_9fa48("2371");
      return this.uow.run(stryMutAct_9fa48("2372") ? () => undefined : (stryCov_9fa48("2372"), scope => pipe(completedSession(scope.sessions, user, token, stryMutAct_9fa48("2373") ? "" : (stryCov_9fa48("2373"), 'RECOMMENDATION')), TE.chainW(session => {
        if (stryMutAct_9fa48("2374")) {
          {}
        } else {
          stryCov_9fa48("2374");
          const profile: ActiveCareerProfile = stryMutAct_9fa48("2375") ? {} : (stryCov_9fa48("2375"), {
            user,
            activeSession: session.id,
            pinned: stryMutAct_9fa48("2376") ? false : (stryCov_9fa48("2376"), true),
            source: stryMutAct_9fa48("2377") ? "" : (stryCov_9fa48("2377"), 'USER_SELECTED'),
            setAt: this.clock.now()
          });
          return pipe(scope.careerProfiles.set(profile), TE.chain(stryMutAct_9fa48("2378") ? () => undefined : (stryCov_9fa48("2378"), () => profileDetails(scope, profile, session))));
        }
      }), TE.map(stryMutAct_9fa48("2379") ? () => undefined : (stryCov_9fa48("2379"), details => stryMutAct_9fa48("2380") ? {} : (stryCov_9fa48("2380"), {
        success: true as const,
        ...details,
        message: MESSAGE
      }))))));
    }
  }
}