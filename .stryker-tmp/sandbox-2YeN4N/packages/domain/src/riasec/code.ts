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
import type { RiasecLetter, RiasecScores } from '../model/riasec-letter.js';
import { isInconsistentCode } from './hexagon.js';
import { rankLetters } from './scores.js';
export type ClassificationType = 'single' | 'dual' | 'triple';

/** Thresholds of upstream §3.5. */
export const DOMINANT_MIN_SCORE = 40;
export const MIN_GAP = 9;
export const MIN_RELATIVE_GAP = 0.15;
export const SECOND_MIN_SCORE = 30;
export interface DerivedCode {
  readonly riasec_code: string;
  readonly classification_type: ClassificationType;
  /** All six letters, highest score first, ties in R,I,A,S,E,C order. */
  readonly ranking: readonly RiasecLetter[];
  readonly is_inconsistent_profile: boolean;
}

/** Which class a sorted top three r1 ≥ r2 ≥ r3 falls in. */
export const classify = (r1: number, r2: number, r3: number): ClassificationType => {
  if (stryMutAct_9fa48("455")) {
    {}
  } else {
    stryCov_9fa48("455");
    const gap12 = stryMutAct_9fa48("456") ? r1 + r2 : (stryCov_9fa48("456"), r1 - r2);
    const gap23 = stryMutAct_9fa48("457") ? r2 + r3 : (stryCov_9fa48("457"), r2 - r3);
    // With r1 ≤ 60 the relative condition follows from gap12 ≥ 9; kept for fidelity to upstream.
    if (stryMutAct_9fa48("460") ? r1 >= DOMINANT_MIN_SCORE && gap12 >= MIN_GAP || gap12 / r1 >= MIN_RELATIVE_GAP : stryMutAct_9fa48("459") ? false : stryMutAct_9fa48("458") ? true : (stryCov_9fa48("458", "459", "460"), (stryMutAct_9fa48("462") ? r1 >= DOMINANT_MIN_SCORE || gap12 >= MIN_GAP : stryMutAct_9fa48("461") ? true : (stryCov_9fa48("461", "462"), (stryMutAct_9fa48("465") ? r1 < DOMINANT_MIN_SCORE : stryMutAct_9fa48("464") ? r1 > DOMINANT_MIN_SCORE : stryMutAct_9fa48("463") ? true : (stryCov_9fa48("463", "464", "465"), r1 >= DOMINANT_MIN_SCORE)) && (stryMutAct_9fa48("468") ? gap12 < MIN_GAP : stryMutAct_9fa48("467") ? gap12 > MIN_GAP : stryMutAct_9fa48("466") ? true : (stryCov_9fa48("466", "467", "468"), gap12 >= MIN_GAP)))) && (stryMutAct_9fa48("471") ? gap12 / r1 < MIN_RELATIVE_GAP : stryMutAct_9fa48("470") ? gap12 / r1 > MIN_RELATIVE_GAP : stryMutAct_9fa48("469") ? true : (stryCov_9fa48("469", "470", "471"), (stryMutAct_9fa48("472") ? gap12 * r1 : (stryCov_9fa48("472"), gap12 / r1)) >= MIN_RELATIVE_GAP)))) return stryMutAct_9fa48("473") ? "" : (stryCov_9fa48("473"), 'single');
    if (stryMutAct_9fa48("476") ? r1 >= DOMINANT_MIN_SCORE && gap12 < MIN_GAP && gap23 >= MIN_GAP || r2 >= SECOND_MIN_SCORE : stryMutAct_9fa48("475") ? false : stryMutAct_9fa48("474") ? true : (stryCov_9fa48("474", "475", "476"), (stryMutAct_9fa48("478") ? r1 >= DOMINANT_MIN_SCORE && gap12 < MIN_GAP || gap23 >= MIN_GAP : stryMutAct_9fa48("477") ? true : (stryCov_9fa48("477", "478"), (stryMutAct_9fa48("480") ? r1 >= DOMINANT_MIN_SCORE || gap12 < MIN_GAP : stryMutAct_9fa48("479") ? true : (stryCov_9fa48("479", "480"), (stryMutAct_9fa48("483") ? r1 < DOMINANT_MIN_SCORE : stryMutAct_9fa48("482") ? r1 > DOMINANT_MIN_SCORE : stryMutAct_9fa48("481") ? true : (stryCov_9fa48("481", "482", "483"), r1 >= DOMINANT_MIN_SCORE)) && (stryMutAct_9fa48("486") ? gap12 >= MIN_GAP : stryMutAct_9fa48("485") ? gap12 <= MIN_GAP : stryMutAct_9fa48("484") ? true : (stryCov_9fa48("484", "485", "486"), gap12 < MIN_GAP)))) && (stryMutAct_9fa48("489") ? gap23 < MIN_GAP : stryMutAct_9fa48("488") ? gap23 > MIN_GAP : stryMutAct_9fa48("487") ? true : (stryCov_9fa48("487", "488", "489"), gap23 >= MIN_GAP)))) && (stryMutAct_9fa48("492") ? r2 < SECOND_MIN_SCORE : stryMutAct_9fa48("491") ? r2 > SECOND_MIN_SCORE : stryMutAct_9fa48("490") ? true : (stryCov_9fa48("490", "491", "492"), r2 >= SECOND_MIN_SCORE)))) return stryMutAct_9fa48("493") ? "" : (stryCov_9fa48("493"), 'dual');
    return stryMutAct_9fa48("494") ? "" : (stryCov_9fa48("494"), 'triple');
  }
};
const CODE_LENGTH: Readonly<Record<ClassificationType, number>> = stryMutAct_9fa48("495") ? {} : (stryCov_9fa48("495"), {
  single: 1,
  dual: 2,
  triple: 3
});

/** Code derivation of upstream §3.5 plus the inconsistency flag of §3.6. */
export const deriveCode = (scores: RiasecScores): DerivedCode => {
  if (stryMutAct_9fa48("496")) {
    {}
  } else {
    stryCov_9fa48("496");
    const ranking = rankLetters(scores);
    const [first, second, third] = ranking;
    const classification_type = classify(scores[first], scores[second], scores[third]);
    const letters = stryMutAct_9fa48("497") ? ranking : (stryCov_9fa48("497"), ranking.slice(0, CODE_LENGTH[classification_type]));
    return stryMutAct_9fa48("498") ? {} : (stryCov_9fa48("498"), {
      riasec_code: letters.join(stryMutAct_9fa48("499") ? "Stryker was here!" : (stryCov_9fa48("499"), '')),
      classification_type,
      ranking,
      is_inconsistent_profile: isInconsistentCode(letters)
    });
  }
};