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
import type { UserId } from '../../model/ids.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type ActiveProfileView, profileDetails } from './active-profile.js';
const NONE: ActiveProfileView = stryMutAct_9fa48("2169") ? {} : (stryCov_9fa48("2169"), {
  has_active_profile: stryMutAct_9fa48("2170") ? true : (stryCov_9fa48("2170"), false)
});

/**
 * GET /career-profile/user-profile. "No profile yet" is a normal answer (200, `has_active_profile: false`),
 * as the upstream client expects, not an error.
 */
export class GetActiveProfile {
  constructor(private readonly repos: Repositories) {}
  execute(user: UserId): TE.TaskEither<PortError, ActiveProfileView> {
    if (stryMutAct_9fa48("2171")) {
      {}
    } else {
      stryCov_9fa48("2171");
      return pipe(this.repos.careerProfiles.find(user), TE.chain(O.match(stryMutAct_9fa48("2172") ? () => undefined : (stryCov_9fa48("2172"), () => TE.right(NONE)), stryMutAct_9fa48("2173") ? () => undefined : (stryCov_9fa48("2173"), profile => pipe(this.repos.sessions.findOwnedById(user, profile.activeSession), TE.chain(O.match(// The Go side may point the row at a session this user no longer owns: show nothing.
      stryMutAct_9fa48("2174") ? () => undefined : (stryCov_9fa48("2174"), () => TE.right(NONE)), stryMutAct_9fa48("2175") ? () => undefined : (stryCov_9fa48("2175"), session => pipe(profileDetails(this.repos, profile, session), TE.map(stryMutAct_9fa48("2176") ? () => undefined : (stryCov_9fa48("2176"), (details): ActiveProfileView => stryMutAct_9fa48("2177") ? {} : (stryCov_9fa48("2177"), {
        has_active_profile: stryMutAct_9fa48("2178") ? false : (stryCov_9fa48("2178"), true),
        ...details
      }))))))))))));
    }
  }
}