/** The six Holland types in their canonical order (also the tie-break order of upstream §3.3). */
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
export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];
export const RIASEC_LETTER_NAMES: Readonly<Record<RiasecLetter, string>> = stryMutAct_9fa48("308") ? {} : (stryCov_9fa48("308"), {
  R: stryMutAct_9fa48("309") ? "" : (stryCov_9fa48("309"), 'Realistic'),
  I: stryMutAct_9fa48("310") ? "" : (stryCov_9fa48("310"), 'Investigative'),
  A: stryMutAct_9fa48("311") ? "" : (stryCov_9fa48("311"), 'Artistic'),
  S: stryMutAct_9fa48("312") ? "" : (stryCov_9fa48("312"), 'Social'),
  E: stryMutAct_9fa48("313") ? "" : (stryCov_9fa48("313"), 'Enterprising'),
  C: stryMutAct_9fa48("314") ? "" : (stryCov_9fa48("314"), 'Conventional')
});
export const isRiasecLetter = stryMutAct_9fa48("315") ? () => undefined : (stryCov_9fa48("315"), (() => {
  const isRiasecLetter = (value: string): value is RiasecLetter => (RIASEC_LETTERS as readonly string[]).includes(value);
  return isRiasecLetter;
})());
export type RiasecScores = Readonly<Record<RiasecLetter, number>>;

/** Title built from letter names, e.g. "Realistic – Investigative" (upstream §5.1). */
export const letterNamesTitle = stryMutAct_9fa48("316") ? () => undefined : (stryCov_9fa48("316"), (() => {
  const letterNamesTitle = (code: string): string => stryMutAct_9fa48("317") ? [...code].map(letter => RIASEC_LETTER_NAMES[letter]).join(' – ') : (stryCov_9fa48("317"), (stryMutAct_9fa48("318") ? [] : (stryCov_9fa48("318"), [...code])).filter(isRiasecLetter).map(stryMutAct_9fa48("319") ? () => undefined : (stryCov_9fa48("319"), letter => RIASEC_LETTER_NAMES[letter])).join(stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), ' – ')));
  return letterNamesTitle;
})());

/** The catalogue title format of `riasec_codes.riasec_title`, e.g. "Realistic Investigative (RI)". */
export const catalogueTitle = stryMutAct_9fa48("321") ? () => undefined : (stryCov_9fa48("321"), (() => {
  const catalogueTitle = (code: string): string => stryMutAct_9fa48("322") ? `` : (stryCov_9fa48("322"), `${stryMutAct_9fa48("323") ? [...code].map(letter => RIASEC_LETTER_NAMES[letter]).join(' ') : (stryCov_9fa48("323"), (stryMutAct_9fa48("324") ? [] : (stryCov_9fa48("324"), [...code])).filter(isRiasecLetter).map(stryMutAct_9fa48("325") ? () => undefined : (stryCov_9fa48("325"), letter => RIASEC_LETTER_NAMES[letter])).join(stryMutAct_9fa48("326") ? "" : (stryCov_9fa48("326"), ' ')))} (${code})`);
  return catalogueTitle;
})());