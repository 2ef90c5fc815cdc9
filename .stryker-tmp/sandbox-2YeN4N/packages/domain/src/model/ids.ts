/** Branded identifiers: a profession id can never be passed where a session id is expected. */
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
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & {
  readonly [brand]: B;
};
export type UserId = Brand<string, 'UserId'>;
export type SessionId = Brand<number, 'SessionId'>;
export type SessionToken = Brand<string, 'SessionToken'>;
export type ProfessionId = Brand<number, 'ProfessionId'>;
export type RiasecCodeId = Brand<number, 'RiasecCodeId'>;
export const UserId = stryMutAct_9fa48("288") ? () => undefined : (stryCov_9fa48("288"), (() => {
  const UserId = (value: string): UserId => value as UserId;
  return UserId;
})());
export const SessionId = stryMutAct_9fa48("289") ? () => undefined : (stryCov_9fa48("289"), (() => {
  const SessionId = (value: number): SessionId => value as SessionId;
  return SessionId;
})());
export const SessionToken = stryMutAct_9fa48("290") ? () => undefined : (stryCov_9fa48("290"), (() => {
  const SessionToken = (value: string): SessionToken => value as SessionToken;
  return SessionToken;
})());
export const ProfessionId = stryMutAct_9fa48("291") ? () => undefined : (stryCov_9fa48("291"), (() => {
  const ProfessionId = (value: number): ProfessionId => value as ProfessionId;
  return ProfessionId;
})());
export const RiasecCodeId = stryMutAct_9fa48("292") ? () => undefined : (stryCov_9fa48("292"), (() => {
  const RiasecCodeId = (value: number): RiasecCodeId => value as RiasecCodeId;
  return RiasecCodeId;
})());
const UUID_PATTERN = stryMutAct_9fa48("306") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[^0-9a-f]{12}$/i : stryMutAct_9fa48("305") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]$/i : stryMutAct_9fa48("304") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][^0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("303") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]-[0-9a-f]{12}$/i : stryMutAct_9fa48("302") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[^89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("301") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][^0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("300") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("299") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[^1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("298") ? /^[0-9a-f]{8}-[^0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("297") ? /^[0-9a-f]{8}-[0-9a-f]-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("296") ? /^[^0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("295") ? /^[0-9a-f]-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : stryMutAct_9fa48("294") ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/i : stryMutAct_9fa48("293") ? /[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i : (stryCov_9fa48("293", "294", "295", "296", "297", "298", "299", "300", "301", "302", "303", "304", "305", "306"), /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
export const isUuid = stryMutAct_9fa48("307") ? () => undefined : (stryCov_9fa48("307"), (() => {
  const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
  return isUuid;
})());