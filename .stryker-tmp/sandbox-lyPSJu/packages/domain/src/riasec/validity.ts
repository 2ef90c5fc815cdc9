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
export const LOW_INTEREST_WARNING = (stryMutAct_9fa48("0") ? "" : (stryCov_9fa48("0"), 'Skor minat kamu rendah di hampir semua tipe, jadi kode ini sebaiknya kamu anggap sebagai gambaran awal. ')) + (stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), 'Coba ingat lagi kegiatan yang benar-benar membuatmu bersemangat, lalu ulangi tes saat kamu siap.'));
export const fewCandidatesWarning = stryMutAct_9fa48("2") ? () => undefined : (stryCov_9fa48("2"), (() => {
  const fewCandidatesWarning = (count: number): string => (stryMutAct_9fa48("3") ? `` : (stryCov_9fa48("3"), `Untuk kode minat kamu, katalog kami baru memiliki ${count} profesi yang cocok, `)) + (stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'jadi pilihan yang bisa kamu bandingkan masih terbatas.'));
  return fewCandidatesWarning;
})());
const isUniform = stryMutAct_9fa48("5") ? () => undefined : (stryCov_9fa48("5"), (() => {
  const isUniform = (scores: RiasecScores): boolean => stryMutAct_9fa48("8") ? scores.R === scores.I && scores.I === scores.A && scores.A === scores.S && scores.S === scores.E || scores.E === scores.C : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), (stryMutAct_9fa48("10") ? scores.R === scores.I && scores.I === scores.A && scores.A === scores.S || scores.S === scores.E : stryMutAct_9fa48("9") ? true : (stryCov_9fa48("9", "10"), (stryMutAct_9fa48("12") ? scores.R === scores.I && scores.I === scores.A || scores.A === scores.S : stryMutAct_9fa48("11") ? true : (stryCov_9fa48("11", "12"), (stryMutAct_9fa48("14") ? scores.R === scores.I || scores.I === scores.A : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14"), (stryMutAct_9fa48("16") ? scores.R !== scores.I : stryMutAct_9fa48("15") ? true : (stryCov_9fa48("15", "16"), scores.R === scores.I)) && (stryMutAct_9fa48("18") ? scores.I !== scores.A : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18"), scores.I === scores.A)))) && (stryMutAct_9fa48("20") ? scores.A !== scores.S : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20"), scores.A === scores.S)))) && (stryMutAct_9fa48("22") ? scores.S !== scores.E : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22"), scores.S === scores.E)))) && (stryMutAct_9fa48("24") ? scores.E !== scores.C : stryMutAct_9fa48("23") ? true : (stryCov_9fa48("23", "24"), scores.E === scores.C)));
  return isUniform;
})());

/**
 * Upstream §3.4: six identical scores or a total under 120 are rejected (uniform is checked first and
 * fires even for a high total); a total under 150 passes with a warning. Ties at the top are fine.
 */
export const checkScoreValidity = (scores: RiasecScores): E.Either<InvalidRiasecProfile, string | null> => {
  if (stryMutAct_9fa48("25")) {
    {}
  } else {
    stryCov_9fa48("25");
    const total = totalScore(scores);
    if (stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27"), isUniform(scores))) return E.left(stryMutAct_9fa48("28") ? {} : (stryCov_9fa48("28"), {
      _tag: stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), 'InvalidRiasecProfile'),
      reason: stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), 'uniform_scores'),
      scores,
      total
    }));
    if (stryMutAct_9fa48("34") ? total >= SEVERE_LOW_TOTAL : stryMutAct_9fa48("33") ? total <= SEVERE_LOW_TOTAL : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33", "34"), total < SEVERE_LOW_TOTAL)) {
      if (stryMutAct_9fa48("35")) {
        {}
      } else {
        stryCov_9fa48("35");
        return E.left(stryMutAct_9fa48("36") ? {} : (stryCov_9fa48("36"), {
          _tag: stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), 'InvalidRiasecProfile'),
          reason: stryMutAct_9fa48("38") ? "" : (stryCov_9fa48("38"), 'severe_low_interest'),
          scores,
          total
        }));
      }
    }
    return E.right((stryMutAct_9fa48("42") ? total >= LOW_TOTAL : stryMutAct_9fa48("41") ? total <= LOW_TOTAL : stryMutAct_9fa48("40") ? false : stryMutAct_9fa48("39") ? true : (stryCov_9fa48("39", "40", "41", "42"), total < LOW_TOTAL)) ? LOW_INTEREST_WARNING : null);
  }
};

/** The warning sent with the submit response: low interest wins, else a short candidate list. */
export const validityWarning = stryMutAct_9fa48("43") ? () => undefined : (stryCov_9fa48("43"), (() => {
  const validityWarning = (scoreWarning: string | null, candidateCount: number): string | null => stryMutAct_9fa48("44") ? scoreWarning && (candidateCount < FEW_CANDIDATES_THRESHOLD ? fewCandidatesWarning(candidateCount) : null) : (stryCov_9fa48("44"), scoreWarning ?? ((stryMutAct_9fa48("48") ? candidateCount >= FEW_CANDIDATES_THRESHOLD : stryMutAct_9fa48("47") ? candidateCount <= FEW_CANDIDATES_THRESHOLD : stryMutAct_9fa48("46") ? false : stryMutAct_9fa48("45") ? true : (stryCov_9fa48("45", "46", "47", "48"), candidateCount < FEW_CANDIDATES_THRESHOLD)) ? fewCandidatesWarning(candidateCount) : null));
  return validityWarning;
})());