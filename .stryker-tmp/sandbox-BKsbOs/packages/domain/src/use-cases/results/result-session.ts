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
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { type SessionError, sessionNotFound } from '../../errors/session-error.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { Completed, Session } from '../../model/session.js';
import type { TestGoal } from '../../model/test-goal.js';
import type { SessionRepository } from '../../ports/session-repository.js';
import { requireCompleted } from '../../rules/session-transitions.js';
export type ResultSessionError = SessionError | PortError;

/**
 * Common validation of the result tabs (upstream §5.1): missing or foreign → 404 (never 403, no existence
 * oracle), not completed → 400, another goal → 400. `undefined` goal: the personality tab takes both.
 */
export const completedSession = stryMutAct_9fa48("2361") ? () => undefined : (stryCov_9fa48("2361"), (() => {
  const completedSession = (sessions: SessionRepository, user: UserId, token: SessionToken, goal: TestGoal | undefined): TE.TaskEither<ResultSessionError, Completed> => pipe(sessions.findOwned(user, token), TE.chainW(TE.fromOption(stryMutAct_9fa48("2362") ? () => undefined : (stryCov_9fa48("2362"), (): ResultSessionError => sessionNotFound))), TE.chainEitherKW(stryMutAct_9fa48("2363") ? () => undefined : (stryCov_9fa48("2363"), session => requireCompleted(session, goal))));
  return completedSession;
})());

/** The same validation over a `SessionReads` answer, keeping the rows read with the session. */
export const completedRead = stryMutAct_9fa48("2364") ? () => undefined : (stryCov_9fa48("2364"), (() => {
  const completedRead = (goal: TestGoal | undefined) => stryMutAct_9fa48("2365") ? () => undefined : (stryCov_9fa48("2365"), <D,>(found: O.Option<{
    readonly session: Session;
  } & D>): E.Either<ResultSessionError, {
    readonly session: Completed;
    readonly rows: D;
  }> => pipe(E.fromOption(stryMutAct_9fa48("2366") ? () => undefined : (stryCov_9fa48("2366"), (): ResultSessionError => sessionNotFound))(found), E.chainW(stryMutAct_9fa48("2367") ? () => undefined : (stryCov_9fa48("2367"), ({
    session,
    ...rows
  }) => pipe(requireCompleted(session, goal), E.map(stryMutAct_9fa48("2368") ? () => undefined : (stryCov_9fa48("2368"), completed => stryMutAct_9fa48("2369") ? {} : (stryCov_9fa48("2369"), {
    session: completed,
    rows: rows as unknown as D
  }))))))));
  return completedRead;
})());