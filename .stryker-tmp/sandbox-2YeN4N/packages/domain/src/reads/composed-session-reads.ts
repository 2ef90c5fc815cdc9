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
import type { PortError } from '../errors/port-error.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import type { OwnedRead, SessionReads } from '../ports/session-reads.js';
import type { Repositories } from '../ports/unit-of-work.js';
type Sources = Omit<Repositories, 'reads'>;

/** Looks the session up, then its rows with `detail`; a missing or foreign session ends the read. */
const owned = stryMutAct_9fa48("355") ? () => undefined : (stryCov_9fa48("355"), (() => {
  const owned = <D,>(sources: Sources, detail: (session: Session) => TE.TaskEither<PortError, D>) => stryMutAct_9fa48("356") ? () => undefined : (stryCov_9fa48("356"), (user: UserId, token: SessionToken): OwnedRead<D> => pipe(sources.sessions.findOwned(user, token), TE.chain(O.match(stryMutAct_9fa48("357") ? () => undefined : (stryCov_9fa48("357"), () => TE.right(O.none)), stryMutAct_9fa48("358") ? () => undefined : (stryCov_9fa48("358"), session => pipe(detail(session), TE.map(stryMutAct_9fa48("359") ? () => undefined : (stryCov_9fa48("359"), d => stryMutAct_9fa48("360") ? O.every({
    session,
    ...d
  }) : (stryCov_9fa48("360"), O.some(stryMutAct_9fa48("361") ? {} : (stryCov_9fa48("361"), {
    session,
    ...d
  })))))))))));
  return owned;
})());

/**
 * `SessionReads` built from the repositories, one query after another: the reference behaviour (contract
 * tests hold the one-round-trip PostgreSQL reads to it) and the implementation the in-memory fakes use.
 */
export const composedSessionReads = stryMutAct_9fa48("362") ? () => undefined : (stryCov_9fa48("362"), (() => {
  const composedSessionReads = (sources: Sources): SessionReads => stryMutAct_9fa48("363") ? {} : (stryCov_9fa48("363"), {
    riasec: owned(sources, stryMutAct_9fa48("364") ? () => undefined : (stryCov_9fa48("364"), session => pipe(sources.riasec.findOutcome(session.id), TE.map(stryMutAct_9fa48("365") ? () => undefined : (stryCov_9fa48("365"), outcome => stryMutAct_9fa48("366") ? {} : (stryCov_9fa48("366"), {
      outcome
    })))))),
    ikigaiTotals: owned(sources, stryMutAct_9fa48("367") ? () => undefined : (stryCov_9fa48("367"), session => pipe(sources.ikigai.findScores(session.id), TE.map(stryMutAct_9fa48("368") ? () => undefined : (stryCov_9fa48("368"), scores => stryMutAct_9fa48("369") ? {} : (stryCov_9fa48("369"), {
      totals: pipe(scores, O.map(stryMutAct_9fa48("370") ? () => undefined : (stryCov_9fa48("370"), s => s.totalScores)))
    })))))),
    fitCheck: owned(sources, stryMutAct_9fa48("371") ? () => undefined : (stryCov_9fa48("371"), session => pipe(sources.fitChecks.find(session.id), TE.map(stryMutAct_9fa48("372") ? () => undefined : (stryCov_9fa48("372"), record => stryMutAct_9fa48("373") ? {} : (stryCov_9fa48("373"), {
      record
    })))))),
    recommendation: owned(sources, stryMutAct_9fa48("374") ? () => undefined : (stryCov_9fa48("374"), session => pipe(TE.Do, TE.apS(stryMutAct_9fa48("375") ? "" : (stryCov_9fa48("375"), 'outcome'), sources.riasec.findOutcome(session.id)), TE.apS(stryMutAct_9fa48("376") ? "" : (stryCov_9fa48("376"), 'recommendation'), sources.recommendations.find(session.id)))))
  });
  return composedSessionReads;
})());