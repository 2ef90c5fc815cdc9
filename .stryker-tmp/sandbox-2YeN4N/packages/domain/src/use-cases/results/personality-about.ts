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
import * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';
import type { PersonalityWriter } from '../../ports/ai-ports.js';
import type { PersonalityCache } from '../../ports/cache-ports.js';
import type { RiasecCodeRecord } from '../../ports/profession-catalogue.js';

/** The text depends only on the code, so one generation serves every user with it for a week (upstream §5.5). */
export const PERSONALITY_TTL_SECONDS = stryMutAct_9fa48("2251") ? 7 * 24 * 60 / 60 : (stryCov_9fa48("2251"), (stryMutAct_9fa48("2252") ? 7 * 24 / 60 : (stryCov_9fa48("2252"), (stryMutAct_9fa48("2253") ? 7 / 24 : (stryCov_9fa48("2253"), 7 * 24)) * 60)) * 60);

/** Shown when the AI gives nothing; deliberately generic so it is never wrong for any code. */
export const fallbackAboutCode = stryMutAct_9fa48("2254") ? () => undefined : (stryCov_9fa48("2254"), (() => {
  const fallbackAboutCode = (code: string): string => (stryMutAct_9fa48("2255") ? [] : (stryCov_9fa48("2255"), [stryMutAct_9fa48("2256") ? `` : (stryCov_9fa48("2256"), `Kode ${code} merangkum minat-minat yang paling menonjol dalam dirimu dan bisa menjadi kompas saat memilih arah karier.`), stryMutAct_9fa48("2257") ? "" : (stryCov_9fa48("2257"), 'Semakin sering kamu mencoba kegiatan yang sejalan dengan minat tersebut, semakin jelas kekuatan yang bisa kamu kembangkan.')])).join(stryMutAct_9fa48("2258") ? "" : (stryCov_9fa48("2258"), '\n'));
  return fallbackAboutCode;
})());

/**
 * "Tentang Kode": cache first, then the writer. An AI failure answers the fallback and is not cached, so the
 * next request tries the AI again instead of serving the generic text for seven days.
 */
export const aboutCode = stryMutAct_9fa48("2259") ? () => undefined : (stryCov_9fa48("2259"), (() => {
  const aboutCode = (cache: PersonalityCache, writer: PersonalityWriter) => stryMutAct_9fa48("2260") ? () => undefined : (stryCov_9fa48("2260"), (code: RiasecCodeRecord): T.Task<string> => async () => {
    if (stryMutAct_9fa48("2261")) {
      {}
    } else {
      stryCov_9fa48("2261");
      const cached = await cache.get(code.riasec_code)();
      if (stryMutAct_9fa48("2263") ? false : stryMutAct_9fa48("2262") ? true : (stryCov_9fa48("2262", "2263"), O.isSome(cached))) return cached.value;
      const description = (stryMutAct_9fa48("2266") ? code.riasec_description.trim() !== '' : stryMutAct_9fa48("2265") ? false : stryMutAct_9fa48("2264") ? true : (stryCov_9fa48("2264", "2265", "2266"), (stryMutAct_9fa48("2267") ? code.riasec_description : (stryCov_9fa48("2267"), code.riasec_description.trim())) === (stryMutAct_9fa48("2268") ? "Stryker was here!" : (stryCov_9fa48("2268"), '')))) ? code.riasec_title : code.riasec_description;
      const fallback = fallbackAboutCode(code.riasec_code);
      // A writer that throws instead of answering Left is still only an AI failure, never a 500.
      const written = await writer.aboutCode(code.riasec_code, code.riasec_title, description)().catch(stryMutAct_9fa48("2269") ? () => undefined : (stryCov_9fa48("2269"), () => E.left(undefined)));
      if (stryMutAct_9fa48("2272") ? E.isLeft(written) && written.right.trim() === '' : stryMutAct_9fa48("2271") ? false : stryMutAct_9fa48("2270") ? true : (stryCov_9fa48("2270", "2271", "2272"), E.isLeft(written) || (stryMutAct_9fa48("2274") ? written.right.trim() !== '' : stryMutAct_9fa48("2273") ? false : (stryCov_9fa48("2273", "2274"), (stryMutAct_9fa48("2275") ? written.right : (stryCov_9fa48("2275"), written.right.trim())) === (stryMutAct_9fa48("2276") ? "Stryker was here!" : (stryCov_9fa48("2276"), '')))))) return fallback;
      await cache.set(code.riasec_code, written.right, PERSONALITY_TTL_SECONDS)();
      return written.right;
    }
  });
  return aboutCode;
})());