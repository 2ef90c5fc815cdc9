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
import type { RiasecScores } from '../model/riasec-letter.js';
import type { InvalidRiasecProfile } from './riasec-error.js';
import { totalScore } from './scores.js';

/** Below this total nothing is saved (upstream §3.4). */
export const SEVERE_LOW_TOTAL = 120;
/** Below this total the result is kept but carries a warning. */
export const LOW_TOTAL = 150;
/** Fewer candidates than this add a warning when there is none yet. */
export const FEW_CANDIDATES_THRESHOLD = 3;
export const LOW_INTEREST_WARNING = (stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), 'Skor minat kamu rendah di hampir semua tipe, jadi kode ini sebaiknya kamu anggap sebagai gambaran awal. ')) + (stryMutAct_9fa48("774") ? "" : (stryCov_9fa48("774"), 'Coba ingat lagi kegiatan yang benar-benar membuatmu bersemangat, lalu ulangi tes saat kamu siap.'));
export const fewCandidatesWarning = stryMutAct_9fa48("775") ? () => undefined : (stryCov_9fa48("775"), (() => {
  const fewCandidatesWarning = (count: number): string => (stryMutAct_9fa48("776") ? `` : (stryCov_9fa48("776"), `Untuk kode minat kamu, katalog kami baru memiliki ${count} profesi yang cocok, `)) + (stryMutAct_9fa48("777") ? "" : (stryCov_9fa48("777"), 'jadi pilihan yang bisa kamu bandingkan masih terbatas.'));
  return fewCandidatesWarning;
})());
const isUniform = stryMutAct_9fa48("778") ? () => undefined : (stryCov_9fa48("778"), (() => {
  const isUniform = (scores: RiasecScores): boolean => stryMutAct_9fa48("781") ? scores.R === scores.I && scores.I === scores.A && scores.A === scores.S && scores.S === scores.E || scores.E === scores.C : stryMutAct_9fa48("780") ? false : stryMutAct_9fa48("779") ? true : (stryCov_9fa48("779", "780", "781"), (stryMutAct_9fa48("783") ? scores.R === scores.I && scores.I === scores.A && scores.A === scores.S || scores.S === scores.E : stryMutAct_9fa48("782") ? true : (stryCov_9fa48("782", "783"), (stryMutAct_9fa48("785") ? scores.R === scores.I && scores.I === scores.A || scores.A === scores.S : stryMutAct_9fa48("784") ? true : (stryCov_9fa48("784", "785"), (stryMutAct_9fa48("787") ? scores.R === scores.I || scores.I === scores.A : stryMutAct_9fa48("786") ? true : (stryCov_9fa48("786", "787"), (stryMutAct_9fa48("789") ? scores.R !== scores.I : stryMutAct_9fa48("788") ? true : (stryCov_9fa48("788", "789"), scores.R === scores.I)) && (stryMutAct_9fa48("791") ? scores.I !== scores.A : stryMutAct_9fa48("790") ? true : (stryCov_9fa48("790", "791"), scores.I === scores.A)))) && (stryMutAct_9fa48("793") ? scores.A !== scores.S : stryMutAct_9fa48("792") ? true : (stryCov_9fa48("792", "793"), scores.A === scores.S)))) && (stryMutAct_9fa48("795") ? scores.S !== scores.E : stryMutAct_9fa48("794") ? true : (stryCov_9fa48("794", "795"), scores.S === scores.E)))) && (stryMutAct_9fa48("797") ? scores.E !== scores.C : stryMutAct_9fa48("796") ? true : (stryCov_9fa48("796", "797"), scores.E === scores.C)));
  return isUniform;
})());

/**
 * Upstream §3.4: six identical scores or a total under 120 are rejected (uniform is checked first and
 * fires even for a high total); a total under 150 passes with a warning. Ties at the top are fine.
 */
export const checkScoreValidity = (scores: RiasecScores): E.Either<InvalidRiasecProfile, string | null> => {
  if (stryMutAct_9fa48("798")) {
    {}
  } else {
    stryCov_9fa48("798");
    const total = totalScore(scores);
    if (stryMutAct_9fa48("800") ? false : stryMutAct_9fa48("799") ? true : (stryCov_9fa48("799", "800"), isUniform(scores))) return E.left(stryMutAct_9fa48("801") ? {} : (stryCov_9fa48("801"), {
      _tag: stryMutAct_9fa48("802") ? "" : (stryCov_9fa48("802"), 'InvalidRiasecProfile'),
      reason: stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), 'uniform_scores'),
      scores,
      total
    }));
    if (stryMutAct_9fa48("807") ? total >= SEVERE_LOW_TOTAL : stryMutAct_9fa48("806") ? total <= SEVERE_LOW_TOTAL : stryMutAct_9fa48("805") ? false : stryMutAct_9fa48("804") ? true : (stryCov_9fa48("804", "805", "806", "807"), total < SEVERE_LOW_TOTAL)) {
      if (stryMutAct_9fa48("808")) {
        {}
      } else {
        stryCov_9fa48("808");
        return E.left(stryMutAct_9fa48("809") ? {} : (stryCov_9fa48("809"), {
          _tag: stryMutAct_9fa48("810") ? "" : (stryCov_9fa48("810"), 'InvalidRiasecProfile'),
          reason: stryMutAct_9fa48("811") ? "" : (stryCov_9fa48("811"), 'severe_low_interest'),
          scores,
          total
        }));
      }
    }
    return E.right((stryMutAct_9fa48("815") ? total >= LOW_TOTAL : stryMutAct_9fa48("814") ? total <= LOW_TOTAL : stryMutAct_9fa48("813") ? false : stryMutAct_9fa48("812") ? true : (stryCov_9fa48("812", "813", "814", "815"), total < LOW_TOTAL)) ? LOW_INTEREST_WARNING : null);
  }
};

/** The warning sent with the submit response: low interest wins, else a short candidate list. */
export const validityWarning = stryMutAct_9fa48("816") ? () => undefined : (stryCov_9fa48("816"), (() => {
  const validityWarning = (scoreWarning: string | null, candidateCount: number): string | null => stryMutAct_9fa48("817") ? scoreWarning && (candidateCount < FEW_CANDIDATES_THRESHOLD ? fewCandidatesWarning(candidateCount) : null) : (stryCov_9fa48("817"), scoreWarning ?? ((stryMutAct_9fa48("821") ? candidateCount >= FEW_CANDIDATES_THRESHOLD : stryMutAct_9fa48("820") ? candidateCount <= FEW_CANDIDATES_THRESHOLD : stryMutAct_9fa48("819") ? false : stryMutAct_9fa48("818") ? true : (stryCov_9fa48("818", "819", "820", "821"), candidateCount < FEW_CANDIDATES_THRESHOLD)) ? fewCandidatesWarning(candidateCount) : null));
  return validityWarning;
})());