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
import type { Completed, IkigaiOngoing, RiasecCompleted, Session } from '../model/session.js';
import { type SessionError, wrongGoal, wrongStatus } from '../errors/session-error.js';

/**
 * RIASEC submit: RECOMMENDATION → riasec_completed; FIT_CHECK → completed (it passes through
 * riasec_completed only in memory, upstream §2.1).
 */
export const completeRiasec = (session: Session, now: Date): E.Either<SessionError, RiasecCompleted | Completed> => {
  if (stryMutAct_9fa48("869")) {
    {}
  } else {
    stryCov_9fa48("869");
    if (stryMutAct_9fa48("872") ? session.status === 'riasec_ongoing' : stryMutAct_9fa48("871") ? false : stryMutAct_9fa48("870") ? true : (stryCov_9fa48("870", "871", "872"), session.status !== (stryMutAct_9fa48("873") ? "" : (stryCov_9fa48("873"), 'riasec_ongoing')))) return E.left(wrongStatus(session.status, stryMutAct_9fa48("874") ? [] : (stryCov_9fa48("874"), [stryMutAct_9fa48("875") ? "" : (stryCov_9fa48("875"), 'riasec_ongoing')])));
    if (stryMutAct_9fa48("878") ? session.test_goal !== 'FIT_CHECK' : stryMutAct_9fa48("877") ? false : stryMutAct_9fa48("876") ? true : (stryCov_9fa48("876", "877", "878"), session.test_goal === (stryMutAct_9fa48("879") ? "" : (stryCov_9fa48("879"), 'FIT_CHECK')))) {
      if (stryMutAct_9fa48("880")) {
        {}
      } else {
        stryCov_9fa48("880");
        return E.right(stryMutAct_9fa48("881") ? {} : (stryCov_9fa48("881"), {
          ...session,
          status: stryMutAct_9fa48("882") ? "" : (stryCov_9fa48("882"), 'completed'),
          riasec_completed_at: now,
          ikigai_completed_at: null,
          completed_at: now
        }));
      }
    }
    return E.right(stryMutAct_9fa48("883") ? {} : (stryCov_9fa48("883"), {
      ...session,
      status: stryMutAct_9fa48("884") ? "" : (stryCov_9fa48("884"), 'riasec_completed'),
      riasec_completed_at: now
    }));
  }
};

/** Outcome of /ikigai/start: `changed` is false when the session was already in the Ikigai phase. */
export interface IkigaiStart {
  readonly session: IkigaiOngoing;
  readonly changed: boolean;
}

/** Checks in the order of upstream §4.2 (after ownership): flag, goal, status. Idempotent on ikigai_ongoing. */
export const startIkigai = (session: Session): E.Either<SessionError, IkigaiStart> => {
  if (stryMutAct_9fa48("885")) {
    {}
  } else {
    stryCov_9fa48("885");
    if (stryMutAct_9fa48("888") ? false : stryMutAct_9fa48("887") ? true : stryMutAct_9fa48("886") ? session.uses_ikigai : (stryCov_9fa48("886", "887", "888"), !session.uses_ikigai)) return E.left(stryMutAct_9fa48("889") ? {} : (stryCov_9fa48("889"), {
      _tag: stryMutAct_9fa48("890") ? "" : (stryCov_9fa48("890"), 'IkigaiNotUsed')
    }));
    if (stryMutAct_9fa48("893") ? session.test_goal === 'RECOMMENDATION' : stryMutAct_9fa48("892") ? false : stryMutAct_9fa48("891") ? true : (stryCov_9fa48("891", "892", "893"), session.test_goal !== (stryMutAct_9fa48("894") ? "" : (stryCov_9fa48("894"), 'RECOMMENDATION')))) return E.left(wrongGoal(session.test_goal, stryMutAct_9fa48("895") ? "" : (stryCov_9fa48("895"), 'RECOMMENDATION')));
    switch (session.status) {
      case stryMutAct_9fa48("897") ? "" : (stryCov_9fa48("897"), 'ikigai_ongoing'):
        if (stryMutAct_9fa48("896")) {} else {
          stryCov_9fa48("896");
          return E.right(stryMutAct_9fa48("898") ? {} : (stryCov_9fa48("898"), {
            session,
            changed: stryMutAct_9fa48("899") ? true : (stryCov_9fa48("899"), false)
          }));
        }
      case stryMutAct_9fa48("901") ? "" : (stryCov_9fa48("901"), 'riasec_completed'):
        if (stryMutAct_9fa48("900")) {} else {
          stryCov_9fa48("900");
          return E.right(stryMutAct_9fa48("902") ? {} : (stryCov_9fa48("902"), {
            session: stryMutAct_9fa48("903") ? {} : (stryCov_9fa48("903"), {
              ...session,
              status: stryMutAct_9fa48("904") ? "" : (stryCov_9fa48("904"), 'ikigai_ongoing')
            }),
            changed: stryMutAct_9fa48("905") ? false : (stryCov_9fa48("905"), true)
          }));
        }
      default:
        if (stryMutAct_9fa48("906")) {} else {
          stryCov_9fa48("906");
          return E.left(wrongStatus(session.status, stryMutAct_9fa48("907") ? [] : (stryCov_9fa48("907"), [stryMutAct_9fa48("908") ? "" : (stryCov_9fa48("908"), 'riasec_completed'), stryMutAct_9fa48("909") ? "" : (stryCov_9fa48("909"), 'ikigai_ongoing')])));
        }
    }
  }
};

/** The fourth Ikigai answer scored: ikigai_ongoing → completed. */
export const completeIkigai = stryMutAct_9fa48("910") ? () => undefined : (stryCov_9fa48("910"), (() => {
  const completeIkigai = (session: Session, now: Date): E.Either<SessionError, Completed> => (stryMutAct_9fa48("913") ? session.status !== 'ikigai_ongoing' : stryMutAct_9fa48("912") ? false : stryMutAct_9fa48("911") ? true : (stryCov_9fa48("911", "912", "913"), session.status === (stryMutAct_9fa48("914") ? "" : (stryCov_9fa48("914"), 'ikigai_ongoing')))) ? E.right(stryMutAct_9fa48("915") ? {} : (stryCov_9fa48("915"), {
    ...session,
    status: stryMutAct_9fa48("916") ? "" : (stryCov_9fa48("916"), 'completed'),
    ikigai_completed_at: now,
    completed_at: now
  })) : E.left(wrongStatus(session.status, stryMutAct_9fa48("917") ? [] : (stryCov_9fa48("917"), [stryMutAct_9fa48("918") ? "" : (stryCov_9fa48("918"), 'ikigai_ongoing')])));
  return completeIkigai;
})());

/** Result tabs need a finished session of the right goal (upstream §5.1). */
export const requireCompleted = (session: Session, goal?: Session['test_goal']): E.Either<SessionError, Completed> => {
  if (stryMutAct_9fa48("919")) {
    {}
  } else {
    stryCov_9fa48("919");
    if (stryMutAct_9fa48("922") ? session.status === 'completed' : stryMutAct_9fa48("921") ? false : stryMutAct_9fa48("920") ? true : (stryCov_9fa48("920", "921", "922"), session.status !== (stryMutAct_9fa48("923") ? "" : (stryCov_9fa48("923"), 'completed')))) return E.left(wrongStatus(session.status, stryMutAct_9fa48("924") ? [] : (stryCov_9fa48("924"), [stryMutAct_9fa48("925") ? "" : (stryCov_9fa48("925"), 'completed')])));
    if (stryMutAct_9fa48("928") ? goal !== undefined || session.test_goal !== goal : stryMutAct_9fa48("927") ? false : stryMutAct_9fa48("926") ? true : (stryCov_9fa48("926", "927", "928"), (stryMutAct_9fa48("930") ? goal === undefined : stryMutAct_9fa48("929") ? true : (stryCov_9fa48("929", "930"), goal !== undefined)) && (stryMutAct_9fa48("932") ? session.test_goal === goal : stryMutAct_9fa48("931") ? true : (stryCov_9fa48("931", "932"), session.test_goal !== goal)))) return E.left(wrongGoal(session.test_goal, goal));
    return E.right(session);
  }
};