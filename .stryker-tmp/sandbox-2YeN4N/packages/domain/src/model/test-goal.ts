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
export const TEST_GOALS = ['RECOMMENDATION', 'FIT_CHECK'] as const;
export type TestGoal = (typeof TEST_GOALS)[number];
export const PERSONAS = ['PATHFINDER', 'BUILDER', 'ACHIEVER'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Personas each goal accepts (upstream §2.2): a PATHFINDER has no target profession to check. */
export const PERSONAS_BY_GOAL: Readonly<Record<TestGoal, readonly Persona[]>> = stryMutAct_9fa48("333") ? {} : (stryCov_9fa48("333"), {
  RECOMMENDATION: stryMutAct_9fa48("334") ? [] : (stryCov_9fa48("334"), [stryMutAct_9fa48("335") ? "" : (stryCov_9fa48("335"), 'PATHFINDER'), stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), 'BUILDER'), stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), 'ACHIEVER')]),
  FIT_CHECK: stryMutAct_9fa48("338") ? [] : (stryCov_9fa48("338"), [stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), 'BUILDER'), stryMutAct_9fa48("340") ? "" : (stryCov_9fa48("340"), 'ACHIEVER')])
});
export interface InvalidPersona {
  readonly _tag: 'InvalidPersona';
  readonly given: string;
  readonly allowed: readonly Persona[];
}

/** Personas are case-insensitive on input and stored upper case (decisions §4 (8)). */
export const parsePersona = (goal: TestGoal, input: string): E.Either<InvalidPersona, Persona> => {
  if (stryMutAct_9fa48("341")) {
    {}
  } else {
    stryCov_9fa48("341");
    const allowed = PERSONAS_BY_GOAL[goal];
    const upper = stryMutAct_9fa48("343") ? input.toUpperCase() : stryMutAct_9fa48("342") ? input.trim().toLowerCase() : (stryCov_9fa48("342", "343"), input.trim().toUpperCase());
    const match = allowed.find(stryMutAct_9fa48("344") ? () => undefined : (stryCov_9fa48("344"), persona => stryMutAct_9fa48("347") ? persona !== upper : stryMutAct_9fa48("346") ? false : stryMutAct_9fa48("345") ? true : (stryCov_9fa48("345", "346", "347"), persona === upper)));
    return match ? E.right(match) : E.left(stryMutAct_9fa48("348") ? {} : (stryCov_9fa48("348"), {
      _tag: stryMutAct_9fa48("349") ? "" : (stryCov_9fa48("349"), 'InvalidPersona'),
      given: input,
      allowed
    }));
  }
};
export const usesIkigai = stryMutAct_9fa48("350") ? () => undefined : (stryCov_9fa48("350"), (() => {
  const usesIkigai = (goal: TestGoal): boolean => stryMutAct_9fa48("353") ? goal !== 'RECOMMENDATION' : stryMutAct_9fa48("352") ? false : stryMutAct_9fa48("351") ? true : (stryCov_9fa48("351", "352", "353"), goal === (stryMutAct_9fa48("354") ? "" : (stryCov_9fa48("354"), 'RECOMMENDATION')));
  return usesIkigai;
})());