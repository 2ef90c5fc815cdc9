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
import { RIASEC_LETTERS, type RiasecLetter, type RiasecScores } from '../model/riasec-letter.js';
import { questionTypeIndex } from './question-bank.js';
import type { RiasecAnswer } from './answers.js';

/** Raw sum (not mean) per type, the type taken from the question id (upstream §3.3): 12–60 each. */
export const sumScores = (answers: readonly RiasecAnswer[]): RiasecScores => {
  if (stryMutAct_9fa48("738")) {
    {}
  } else {
    stryCov_9fa48("738");
    const sums = stryMutAct_9fa48("739") ? [] : (stryCov_9fa48("739"), [0, 0, 0, 0, 0, 0]);
    for (const answer of answers) {
      if (stryMutAct_9fa48("740")) {
        {}
      } else {
        stryCov_9fa48("740");
        const index = questionTypeIndex(answer.question_id);
        if (stryMutAct_9fa48("744") ? index >= 0 : stryMutAct_9fa48("743") ? index <= 0 : stryMutAct_9fa48("742") ? false : stryMutAct_9fa48("741") ? true : (stryCov_9fa48("741", "742", "743", "744"), index < 0)) throw new Error(stryMutAct_9fa48("745") ? `` : (stryCov_9fa48("745"), `question ${answer.question_id} has no type; validate answers first`));
        stryMutAct_9fa48("746") ? sums[index] -= answer.answer_value : (stryCov_9fa48("746"), sums[index] += answer.answer_value);
      }
    }
    const [R, I, A, S, E, C] = sums;
    return stryMutAct_9fa48("747") ? {} : (stryCov_9fa48("747"), {
      R,
      I,
      A,
      S,
      E,
      C
    });
  }
};
export const totalScore = stryMutAct_9fa48("748") ? () => undefined : (stryCov_9fa48("748"), (() => {
  const totalScore = (scores: RiasecScores): number => stryMutAct_9fa48("749") ? scores.R + scores.I + scores.A + scores.S + scores.E - scores.C : (stryCov_9fa48("749"), (stryMutAct_9fa48("750") ? scores.R + scores.I + scores.A + scores.S - scores.E : (stryCov_9fa48("750"), (stryMutAct_9fa48("751") ? scores.R + scores.I + scores.A - scores.S : (stryCov_9fa48("751"), (stryMutAct_9fa48("752") ? scores.R + scores.I - scores.A : (stryCov_9fa48("752"), (stryMutAct_9fa48("753") ? scores.R - scores.I : (stryCov_9fa48("753"), scores.R + scores.I)) + scores.A)) + scores.S)) + scores.E)) + scores.C);
  return totalScore;
})());

/**
 * The six letters sorted by score, highest first; equal scores keep R,I,A,S,E,C order (upstream §3.3).
 * Array#sort is stable, so sorting the canonical order is exactly that tie-break.
 */
export const rankLetters = stryMutAct_9fa48("754") ? () => undefined : (stryCov_9fa48("754"), (() => {
  const rankLetters = (scores: RiasecScores): readonly RiasecLetter[] => stryMutAct_9fa48("756") ? RIASEC_LETTERS.sort((x, y) => scores[y] - scores[x]) : stryMutAct_9fa48("755") ? RIASEC_LETTERS.slice() : (stryCov_9fa48("755", "756"), RIASEC_LETTERS.slice().sort(stryMutAct_9fa48("757") ? () => undefined : (stryCov_9fa48("757"), (x, y) => stryMutAct_9fa48("758") ? scores[y] + scores[x] : (stryCov_9fa48("758"), scores[y] - scores[x]))));
  return rankLetters;
})());