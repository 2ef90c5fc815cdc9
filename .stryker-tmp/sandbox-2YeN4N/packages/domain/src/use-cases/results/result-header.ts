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
import { RIASEC_LETTER_NAMES, isRiasecLetter } from '../../model/riasec-letter.js';
import type { Completed } from '../../model/session.js';
import type { UserSummary } from '../../ports/user-directory.js';

/** Points are a product rule nobody implemented upstream either; the field says so instead of lying. */
export const TODO_POINTS = stryMutAct_9fa48("2341") ? "" : (stryCov_9fa48("2341"), 'Poin Rextra untuk tes ini belum diberikan; fitur poin masih dalam pengembangan.');
const FALLBACK_FIRST_NAME = stryMutAct_9fa48("2342") ? "" : (stryCov_9fa48("2342"), 'Pengguna');

/** First word of `users.fullname` (upstream §5.1), "Pengguna" when the name is empty. */
export const firstName = stryMutAct_9fa48("2343") ? () => undefined : (stryCov_9fa48("2343"), (() => {
  const firstName = (fullname: string | null): string => stryMutAct_9fa48("2346") ? fullname?.trim().split(/\s+/)[0] && FALLBACK_FIRST_NAME : stryMutAct_9fa48("2345") ? false : stryMutAct_9fa48("2344") ? true : (stryCov_9fa48("2344", "2345", "2346"), (stryMutAct_9fa48("2348") ? fullname.trim().split(/\s+/)[0] : stryMutAct_9fa48("2347") ? fullname.split(/\s+/)[0] : (stryCov_9fa48("2347", "2348"), fullname?.trim().split(stryMutAct_9fa48("2350") ? /\S+/ : stryMutAct_9fa48("2349") ? /\s/ : (stryCov_9fa48("2349", "2350"), /\s+/))[0])) || FALLBACK_FIRST_NAME);
  return firstName;
})());

/** Letter names of a code in code order, e.g. "IRC" → Investigative, Realistic, Conventional. */
export const topTypeNames = stryMutAct_9fa48("2351") ? () => undefined : (stryCov_9fa48("2351"), (() => {
  const topTypeNames = (code: string): string[] => stryMutAct_9fa48("2352") ? [...code].map(letter => RIASEC_LETTER_NAMES[letter]) : (stryCov_9fa48("2352"), (stryMutAct_9fa48("2353") ? [] : (stryCov_9fa48("2353"), [...code])).filter(isRiasecLetter).map(stryMutAct_9fa48("2354") ? () => undefined : (stryCov_9fa48("2354"), letter => RIASEC_LETTER_NAMES[letter])));
  return topTypeNames;
})());

/** Whole minutes from start to finish, at least 1 so a fast test never shows "0 menit" (REXTRA-AI). */
export const testDurationMinutes = stryMutAct_9fa48("2355") ? () => undefined : (stryCov_9fa48("2355"), (() => {
  const testDurationMinutes = (session: Completed): number => stryMutAct_9fa48("2356") ? Math.min(1, Math.floor((session.completed_at.getTime() - session.started_at.getTime()) / 60_000)) : (stryCov_9fa48("2356"), Math.max(1, Math.floor(stryMutAct_9fa48("2357") ? (session.completed_at.getTime() - session.started_at.getTime()) * 60_000 : (stryCov_9fa48("2357"), (stryMutAct_9fa48("2358") ? session.completed_at.getTime() + session.started_at.getTime() : (stryCov_9fa48("2358"), session.completed_at.getTime() - session.started_at.getTime())) / 60_000))));
  return testDurationMinutes;
})());
export interface ResultHeader {
  readonly session_token: string;
  readonly user_first_name: string;
  readonly test_completed_at: string | null;
}
export const resultHeader = stryMutAct_9fa48("2359") ? () => undefined : (stryCov_9fa48("2359"), (() => {
  const resultHeader = (caller: UserSummary, session: Completed): ResultHeader => stryMutAct_9fa48("2360") ? {} : (stryCov_9fa48("2360"), {
    session_token: session.session_token,
    user_first_name: firstName(caller.fullname),
    test_completed_at: session.completed_at.toISOString()
  });
  return resultHeader;
})());