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
import { allQuestionIds } from './question-bank.js';

/*
 * Deterministic question order seeded by the session token (upstream §3.1, decisions §4 (10–11)).
 * Upstream used CPython's `random.seed(token)`; we do not reproduce that permutation because the stored
 * `riasec_question_sets.question_ids` array is the source of truth. The algorithm below must stay stable
 * anyway, so a re-generated order for an old token matches what was stored.
 */

/** cyrb128: a fast 128-bit string hash, used only to seed the PRNG (not for security). */
const cyrb128 = (text: string): [number, number, number, number] => {
  if (stryMutAct_9fa48("700")) {
    {}
  } else {
    stryCov_9fa48("700");
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; stryMutAct_9fa48("703") ? i >= text.length : stryMutAct_9fa48("702") ? i <= text.length : stryMutAct_9fa48("701") ? false : (stryCov_9fa48("701", "702", "703"), i < text.length); stryMutAct_9fa48("704") ? i-- : (stryCov_9fa48("704"), i++)) {
      if (stryMutAct_9fa48("705")) {
        {}
      } else {
        stryCov_9fa48("705");
        const k = text.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
      }
    }
    h1 = Math.imul(h3 ^ h1 >>> 18, 597399067);
    h2 = Math.imul(h4 ^ h2 >>> 22, 2869860233);
    h3 = Math.imul(h1 ^ h3 >>> 17, 951274213);
    h4 = Math.imul(h2 ^ h4 >>> 19, 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return stryMutAct_9fa48("706") ? [] : (stryCov_9fa48("706"), [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]);
  }
};

/** sfc32: small chaotic PRNG with 128 bits of state; returns floats in [0, 1). */
const sfc32 = (seed: readonly [number, number, number, number]): (() => number) => {
  if (stryMutAct_9fa48("707")) {
    {}
  } else {
    stryCov_9fa48("707");
    let [a, b, c, d] = seed;
    return () => {
      if (stryMutAct_9fa48("708")) {
        {}
      } else {
        stryCov_9fa48("708");
        stryMutAct_9fa48("709") ? a &= 0 : (stryCov_9fa48("709"), a |= 0);
        stryMutAct_9fa48("710") ? b &= 0 : (stryCov_9fa48("710"), b |= 0);
        stryMutAct_9fa48("711") ? c &= 0 : (stryCov_9fa48("711"), c |= 0);
        stryMutAct_9fa48("712") ? d &= 0 : (stryCov_9fa48("712"), d |= 0);
        const t = (stryMutAct_9fa48("713") ? (a + b | 0) - d : (stryCov_9fa48("713"), ((stryMutAct_9fa48("714") ? a - b : (stryCov_9fa48("714"), a + b)) | 0) + d)) | 0;
        d = (stryMutAct_9fa48("715") ? d - 1 : (stryCov_9fa48("715"), d + 1)) | 0;
        a = b ^ b >>> 9;
        b = (stryMutAct_9fa48("716") ? c - (c << 3) : (stryCov_9fa48("716"), c + (c << 3))) | 0;
        c = c << 21 | c >>> 11;
        c = (stryMutAct_9fa48("717") ? c - t : (stryCov_9fa48("717"), c + t)) | 0;
        return stryMutAct_9fa48("718") ? (t >>> 0) * 4294967296 : (stryCov_9fa48("718"), (t >>> 0) / 4294967296);
      }
    };
  }
};

/** Discarded outputs so that similar seeds have diverged before the first draw. */
const WARM_UP_DRAWS = 15;

/** A PRNG in [0, 1) fully determined by `seed`. */
export const seededRandom = (seed: string): (() => number) => {
  if (stryMutAct_9fa48("719")) {
    {}
  } else {
    stryCov_9fa48("719");
    const next = sfc32(cyrb128(seed));
    for (let i = 0; stryMutAct_9fa48("722") ? i >= WARM_UP_DRAWS : stryMutAct_9fa48("721") ? i <= WARM_UP_DRAWS : stryMutAct_9fa48("720") ? false : (stryCov_9fa48("720", "721", "722"), i < WARM_UP_DRAWS); stryMutAct_9fa48("723") ? i-- : (stryCov_9fa48("723"), i++)) next();
    return next;
  }
};

/** Fisher–Yates on a copy of `items` driven by `random`. */
export const shuffleWith = <T,>(items: readonly T[], random: () => number): T[] => {
  if (stryMutAct_9fa48("724")) {
    {}
  } else {
    stryCov_9fa48("724");
    const out = stryMutAct_9fa48("725") ? items : (stryCov_9fa48("725"), items.slice());
    for (let i = stryMutAct_9fa48("726") ? out.length + 1 : (stryCov_9fa48("726"), out.length - 1); stryMutAct_9fa48("729") ? i <= 0 : stryMutAct_9fa48("728") ? i >= 0 : stryMutAct_9fa48("727") ? false : (stryCov_9fa48("727", "728", "729"), i > 0); stryMutAct_9fa48("730") ? i++ : (stryCov_9fa48("730"), i--)) {
      if (stryMutAct_9fa48("731")) {
        {}
      } else {
        stryCov_9fa48("731");
        const j = Math.floor(stryMutAct_9fa48("732") ? random() / (i + 1) : (stryCov_9fa48("732"), random() * (stryMutAct_9fa48("733") ? i - 1 : (stryCov_9fa48("733"), i + 1))));
        const held = out[i];
        out[i] = out[j];
        out[j] = held;
      }
    }
    return out;
  }
};

/** The 72 question ids in the order shown for this session: same token, same order. */
export const shuffledQuestionIds = stryMutAct_9fa48("734") ? () => undefined : (stryCov_9fa48("734"), (() => {
  const shuffledQuestionIds = (sessionToken: string): number[] => shuffleWith(allQuestionIds(), seededRandom(sessionToken));
  return shuffledQuestionIds;
})());