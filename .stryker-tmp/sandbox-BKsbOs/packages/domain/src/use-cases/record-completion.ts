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
import type { PortError } from '../errors/port-error.js';
import type { Completed } from '../model/session.js';
import type { TransactionScope } from '../ports/unit-of-work.js';

/**
 * What every finished session writes besides its own status: the history row flips to completed and,
 * for the user's first finished test, the active career profile points at it (decisions §4).
 */
export const recordCompletion = stryMutAct_9fa48("1743") ? () => undefined : (stryCov_9fa48("1743"), (() => {
  const recordCompletion = (scope: TransactionScope, session: Completed, now: Date): TE.TaskEither<PortError, void> => pipe(scope.history.recordCompleted(session.id, now), TE.chain(stryMutAct_9fa48("1744") ? () => undefined : (stryCov_9fa48("1744"), () => scope.careerProfiles.setIfAbsent(stryMutAct_9fa48("1745") ? {} : (stryCov_9fa48("1745"), {
    user: session.user_id,
    activeSession: session.id,
    pinned: stryMutAct_9fa48("1746") ? false : (stryCov_9fa48("1746"), true),
    source: stryMutAct_9fa48("1747") ? "" : (stryCov_9fa48("1747"), 'AUTO_FIRST_TIME'),
    setAt: now
  })))));
  return recordCompletion;
})());