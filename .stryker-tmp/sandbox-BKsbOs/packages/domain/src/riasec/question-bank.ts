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
import { RIASEC_LETTERS, type RiasecLetter } from '../model/riasec-letter.js';

/** 72 Likert items, 12 per type in blocks: 1–12 R, 13–24 I, 25–36 A, 37–48 S, 49–60 E, 61–72 C (upstream §3.1). */
export const QUESTIONS_PER_TYPE = 12;
export const QUESTION_COUNT = stryMutAct_9fa48("672") ? QUESTIONS_PER_TYPE / RIASEC_LETTERS.length : (stryCov_9fa48("672"), QUESTIONS_PER_TYPE * RIASEC_LETTERS.length);
export const isQuestionId = stryMutAct_9fa48("673") ? () => undefined : (stryCov_9fa48("673"), (() => {
  const isQuestionId = (id: number): boolean => stryMutAct_9fa48("676") ? Number.isInteger(id) && id >= 1 || id <= QUESTION_COUNT : stryMutAct_9fa48("675") ? false : stryMutAct_9fa48("674") ? true : (stryCov_9fa48("674", "675", "676"), (stryMutAct_9fa48("678") ? Number.isInteger(id) || id >= 1 : stryMutAct_9fa48("677") ? true : (stryCov_9fa48("677", "678"), Number.isInteger(id) && (stryMutAct_9fa48("681") ? id < 1 : stryMutAct_9fa48("680") ? id > 1 : stryMutAct_9fa48("679") ? true : (stryCov_9fa48("679", "680", "681"), id >= 1)))) && (stryMutAct_9fa48("684") ? id > QUESTION_COUNT : stryMutAct_9fa48("683") ? id < QUESTION_COUNT : stryMutAct_9fa48("682") ? true : (stryCov_9fa48("682", "683", "684"), id <= QUESTION_COUNT)));
  return isQuestionId;
})());

/** Index 0..5 of the question's type in R,I,A,S,E,C order, or -1 for an id outside the bank. */
export const questionTypeIndex = stryMutAct_9fa48("685") ? () => undefined : (stryCov_9fa48("685"), (() => {
  const questionTypeIndex = (id: number): number => isQuestionId(id) ? Math.floor(stryMutAct_9fa48("686") ? (id - 1) * QUESTIONS_PER_TYPE : (stryCov_9fa48("686"), (stryMutAct_9fa48("687") ? id + 1 : (stryCov_9fa48("687"), id - 1)) / QUESTIONS_PER_TYPE)) : stryMutAct_9fa48("688") ? +1 : (stryCov_9fa48("688"), -1);
  return questionTypeIndex;
})());

/** The type is derived from the id; the client's `question_type` is never trusted (decisions §4 (10–11)). */
export const questionType = stryMutAct_9fa48("689") ? () => undefined : (stryCov_9fa48("689"), (() => {
  const questionType = (id: number): RiasecLetter | undefined => RIASEC_LETTERS[questionTypeIndex(id)];
  return questionType;
})());

/** The ids 1..72 in bank order. */
export const allQuestionIds = stryMutAct_9fa48("690") ? () => undefined : (stryCov_9fa48("690"), (() => {
  const allQuestionIds = (): number[] => Array.from(stryMutAct_9fa48("691") ? {} : (stryCov_9fa48("691"), {
    length: QUESTION_COUNT
  }), stryMutAct_9fa48("692") ? () => undefined : (stryCov_9fa48("692"), (_, i) => stryMutAct_9fa48("693") ? i - 1 : (stryCov_9fa48("693"), i + 1)));
  return allQuestionIds;
})());

/** The ids of one type, e.g. `questionIdsOfType('I')` → 13..24. */
export const questionIdsOfType = (letter: RiasecLetter): number[] => {
  if (stryMutAct_9fa48("694")) {
    {}
  } else {
    stryCov_9fa48("694");
    const first = stryMutAct_9fa48("695") ? RIASEC_LETTERS.indexOf(letter) * QUESTIONS_PER_TYPE - 1 : (stryCov_9fa48("695"), (stryMutAct_9fa48("696") ? RIASEC_LETTERS.indexOf(letter) / QUESTIONS_PER_TYPE : (stryCov_9fa48("696"), RIASEC_LETTERS.indexOf(letter) * QUESTIONS_PER_TYPE)) + 1);
    return Array.from(stryMutAct_9fa48("697") ? {} : (stryCov_9fa48("697"), {
      length: QUESTIONS_PER_TYPE
    }), stryMutAct_9fa48("698") ? () => undefined : (stryCov_9fa48("698"), (_, i) => stryMutAct_9fa48("699") ? first - i : (stryCov_9fa48("699"), first + i)));
  }
};