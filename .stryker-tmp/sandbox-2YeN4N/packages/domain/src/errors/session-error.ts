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
import type { SessionStatus } from '../model/session.js';
import type { TestGoal } from '../model/test-goal.js';

/** Why a session cannot take the requested step. Foreign sessions are reported as not found. */
export type SessionError = {
  readonly _tag: 'SessionNotFound';
} | {
  readonly _tag: 'WrongStatus';
  readonly actual: SessionStatus;
  readonly expected: readonly SessionStatus[];
} | {
  readonly _tag: 'WrongGoal';
  readonly actual: TestGoal;
  readonly expected: TestGoal;
} | {
  readonly _tag: 'IkigaiNotUsed';
};
export const sessionNotFound: SessionError = stryMutAct_9fa48("3") ? {} : (stryCov_9fa48("3"), {
  _tag: stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'SessionNotFound')
});
export const wrongStatus = stryMutAct_9fa48("5") ? () => undefined : (stryCov_9fa48("5"), (() => {
  const wrongStatus = (actual: SessionStatus, expected: readonly SessionStatus[]): SessionError => stryMutAct_9fa48("6") ? {} : (stryCov_9fa48("6"), {
    _tag: stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), 'WrongStatus'),
    actual,
    expected
  });
  return wrongStatus;
})());
export const wrongGoal = stryMutAct_9fa48("8") ? () => undefined : (stryCov_9fa48("8"), (() => {
  const wrongGoal = (actual: TestGoal, expected: TestGoal): SessionError => stryMutAct_9fa48("9") ? {} : (stryCov_9fa48("9"), {
    _tag: stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), 'WrongGoal'),
    actual,
    expected
  });
  return wrongGoal;
})());