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
import { RIASEC_LETTER_NAMES, type RiasecLetter, isRiasecLetter, letterNamesTitle } from '../../model/riasec-letter.js';
import type { RiasecCodeRecord } from '../../ports/profession-catalogue.js';

/** `PersonalityResultResponse` of upstream §5.5: the arrays come straight from `riasec_codes`. */
export interface PersonalityResult {
  readonly session_token: string;
  readonly riasec_code: string;
  readonly riasec_title: string;
  readonly top_types: readonly {
    readonly letter: RiasecLetter;
    readonly name: string;
  }[];
  readonly about_code: string;
  readonly strengths: readonly string[];
  readonly challenges: readonly string[];
  readonly strategies: readonly string[];
  readonly interaction_styles: readonly string[];
  readonly work_environments: readonly string[];
}
export const buildPersonalityResult = stryMutAct_9fa48("2277") ? () => undefined : (stryCov_9fa48("2277"), (() => {
  const buildPersonalityResult = (sessionToken: string, code: RiasecCodeRecord, about: string): PersonalityResult => stryMutAct_9fa48("2278") ? {} : (stryCov_9fa48("2278"), {
    session_token: sessionToken,
    riasec_code: code.riasec_code,
    riasec_title: letterNamesTitle(code.riasec_code),
    top_types: stryMutAct_9fa48("2279") ? [...code.riasec_code].map(letter => ({
      letter,
      name: RIASEC_LETTER_NAMES[letter]
    })) : (stryCov_9fa48("2279"), (stryMutAct_9fa48("2280") ? [] : (stryCov_9fa48("2280"), [...code.riasec_code])).filter(isRiasecLetter).map(stryMutAct_9fa48("2281") ? () => undefined : (stryCov_9fa48("2281"), letter => stryMutAct_9fa48("2282") ? {} : (stryCov_9fa48("2282"), {
      letter,
      name: RIASEC_LETTER_NAMES[letter]
    })))),
    about_code: about,
    strengths: code.strengths,
    challenges: code.challenges,
    strategies: code.strategies,
    interaction_styles: code.interaction_styles,
    work_environments: code.work_environments
  });
  return buildPersonalityResult;
})());