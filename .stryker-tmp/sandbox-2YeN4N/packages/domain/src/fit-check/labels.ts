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
import type { MatchCategory } from './classify.js';

/** Fixed UI vocabulary per category (upstream §5.4): label, stars and the two call-to-action buttons. */
export interface FitCheckPresentation {
  readonly match_label: string;
  readonly match_stars: 1 | 2 | 3;
  readonly cta_primary: string;
  readonly cta_secondary: string | null;
}
export const FIT_CHECK_PRESENTATION: Readonly<Record<MatchCategory, FitCheckPresentation>> = stryMutAct_9fa48("211") ? {} : (stryCov_9fa48("211"), {
  HIGH: stryMutAct_9fa48("212") ? {} : (stryCov_9fa48("212"), {
    match_label: stryMutAct_9fa48("213") ? "" : (stryCov_9fa48("213"), 'Kecocokan Tinggi'),
    match_stars: 3,
    cta_primary: stryMutAct_9fa48("214") ? "" : (stryCov_9fa48("214"), 'Buat Rencana'),
    cta_secondary: null
  }),
  MEDIUM: stryMutAct_9fa48("215") ? {} : (stryCov_9fa48("215"), {
    match_label: stryMutAct_9fa48("216") ? "" : (stryCov_9fa48("216"), 'Kecocokan Sedang'),
    match_stars: 2,
    cta_primary: stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), 'Lihat Rekomendasi'),
    cta_secondary: stryMutAct_9fa48("218") ? "" : (stryCov_9fa48("218"), 'Strategi Adaptasi')
  }),
  LOW: stryMutAct_9fa48("219") ? {} : (stryCov_9fa48("219"), {
    match_label: stryMutAct_9fa48("220") ? "" : (stryCov_9fa48("220"), 'Kecocokan Rendah'),
    match_stars: 1,
    cta_primary: stryMutAct_9fa48("221") ? "" : (stryCov_9fa48("221"), 'Cari Alternatif'),
    cta_secondary: stryMutAct_9fa48("222") ? "" : (stryCov_9fa48("222"), 'Tetap Lanjut')
  })
});