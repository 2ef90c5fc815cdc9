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
import { isRiasecLetter, type RiasecLetter } from '../model/riasec-letter.js';
import { hexagonDistance } from '../riasec/hexagon.js';
export const MATCH_CATEGORIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type MatchCategory = (typeof MATCH_CATEGORIES)[number];
export const FIT_RULE_TYPES = ['exact_match', 'permutation_match', 'dominant_same', 'adjacent_dominant', 'close_profile', 'mismatch'] as const;
export type FitRuleType = (typeof FIT_RULE_TYPES)[number];

/** The columns of `fit_check_results` the classifier decides (upstream §3.9). */
export interface FitCheckClassification {
  readonly match_category: MatchCategory;
  readonly rule_type: FitRuleType;
  readonly dominant_letter_same: boolean;
  readonly is_adjacent_hexagon: boolean;
  readonly match_score: number;
}

/** Letters of a code, or undefined when it is empty or holds a non-RIASEC character. */
export const parseRiasecCode = (code: string): readonly RiasecLetter[] | undefined => {
  if (stryMutAct_9fa48("11")) {
    {}
  } else {
    stryCov_9fa48("11");
    const letters = stryMutAct_9fa48("12") ? [] : (stryCov_9fa48("12"), [...code]);
    return (stryMutAct_9fa48("15") ? letters.length > 0 || letters.every(isRiasecLetter) : stryMutAct_9fa48("14") ? false : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14", "15"), (stryMutAct_9fa48("18") ? letters.length <= 0 : stryMutAct_9fa48("17") ? letters.length >= 0 : stryMutAct_9fa48("16") ? true : (stryCov_9fa48("16", "17", "18"), letters.length > 0)) && (stryMutAct_9fa48("19") ? letters.some(isRiasecLetter) : (stryCov_9fa48("19"), letters.every(isRiasecLetter))))) ? letters : undefined;
  }
};
const round2 = stryMutAct_9fa48("20") ? () => undefined : (stryCov_9fa48("20"), (() => {
  const round2 = (value: number): number => stryMutAct_9fa48("21") ? Math.round(value * 100) * 100 : (stryCov_9fa48("21"), Math.round(stryMutAct_9fa48("22") ? value / 100 : (stryCov_9fa48("22"), value * 100)) / 100);
  return round2;
})());

/**
 * 1 − mean positional hexagon distance / 3, over the shorter code, rounded to 2 dp; 0.5 when there is
 * nothing to compare. Informational only: the category never depends on it.
 */
export const fitMatchScore = (user: readonly RiasecLetter[], profession: readonly RiasecLetter[]): number => {
  if (stryMutAct_9fa48("23")) {
    {}
  } else {
    stryCov_9fa48("23");
    const n = stryMutAct_9fa48("24") ? Math.max(user.length, profession.length) : (stryCov_9fa48("24"), Math.min(user.length, profession.length));
    if (stryMutAct_9fa48("27") ? n !== 0 : stryMutAct_9fa48("26") ? false : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26", "27"), n === 0)) return 0.5;
    let sum = 0;
    for (let i = 0; stryMutAct_9fa48("30") ? i >= n : stryMutAct_9fa48("29") ? i <= n : stryMutAct_9fa48("28") ? false : (stryCov_9fa48("28", "29", "30"), i < n); stryMutAct_9fa48("31") ? i-- : (stryCov_9fa48("31"), i++)) stryMutAct_9fa48("32") ? sum -= hexagonDistance(user[i], profession[i]) : (stryCov_9fa48("32"), sum += hexagonDistance(user[i], profession[i]));
    return round2(stryMutAct_9fa48("33") ? 1 + sum / n / 3 : (stryCov_9fa48("33"), 1 - (stryMutAct_9fa48("34") ? sum / n * 3 : (stryCov_9fa48("34"), (stryMutAct_9fa48("35") ? sum * n : (stryCov_9fa48("35"), sum / n)) / 3))));
  }
};
const sameComposition = stryMutAct_9fa48("36") ? () => undefined : (stryCov_9fa48("36"), (() => {
  const sameComposition = (a: readonly RiasecLetter[], b: readonly RiasecLetter[]): boolean => stryMutAct_9fa48("39") ? a.length === b.length || [...a].sort().join('') === [...b].sort().join('') : stryMutAct_9fa48("38") ? false : stryMutAct_9fa48("37") ? true : (stryCov_9fa48("37", "38", "39"), (stryMutAct_9fa48("41") ? a.length !== b.length : stryMutAct_9fa48("40") ? true : (stryCov_9fa48("40", "41"), a.length === b.length)) && (stryMutAct_9fa48("43") ? [...a].sort().join('') !== [...b].sort().join('') : stryMutAct_9fa48("42") ? true : (stryCov_9fa48("42", "43"), (stryMutAct_9fa48("44") ? [...a].join('') : (stryCov_9fa48("44"), (stryMutAct_9fa48("45") ? [] : (stryCov_9fa48("45"), [...a])).sort().join(stryMutAct_9fa48("46") ? "Stryker was here!" : (stryCov_9fa48("46"), '')))) === (stryMutAct_9fa48("47") ? [...b].join('') : (stryCov_9fa48("47"), (stryMutAct_9fa48("48") ? [] : (stryCov_9fa48("48"), [...b])).sort().join(stryMutAct_9fa48("49") ? "Stryker was here!" : (stryCov_9fa48("49"), '')))))));
  return sameComposition;
})());
const hasOppositePair = (a: readonly RiasecLetter[], b: readonly RiasecLetter[]): boolean => {
  if (stryMutAct_9fa48("50")) {
    {}
  } else {
    stryCov_9fa48("50");
    const n = stryMutAct_9fa48("51") ? Math.max(a.length, b.length) : (stryCov_9fa48("51"), Math.min(a.length, b.length));
    for (let i = 0; stryMutAct_9fa48("54") ? i >= n : stryMutAct_9fa48("53") ? i <= n : stryMutAct_9fa48("52") ? false : (stryCov_9fa48("52", "53", "54"), i < n); stryMutAct_9fa48("55") ? i-- : (stryCov_9fa48("55"), i++)) if (stryMutAct_9fa48("59") ? hexagonDistance(a[i], b[i]) < 3 : stryMutAct_9fa48("58") ? hexagonDistance(a[i], b[i]) > 3 : stryMutAct_9fa48("57") ? false : stryMutAct_9fa48("56") ? true : (stryCov_9fa48("56", "57", "58", "59"), hexagonDistance(a[i], b[i]) >= 3)) return stryMutAct_9fa48("60") ? false : (stryCov_9fa48("60"), true);
    return stryMutAct_9fa48("61") ? true : (stryCov_9fa48("61"), false);
  }
};
const EMPTY: FitCheckClassification = stryMutAct_9fa48("62") ? {} : (stryCov_9fa48("62"), {
  match_category: stryMutAct_9fa48("63") ? "" : (stryCov_9fa48("63"), 'LOW'),
  rule_type: stryMutAct_9fa48("64") ? "" : (stryCov_9fa48("64"), 'mismatch'),
  dominant_letter_same: stryMutAct_9fa48("65") ? true : (stryCov_9fa48("65"), false),
  is_adjacent_hexagon: stryMutAct_9fa48("66") ? true : (stryCov_9fa48("66"), false),
  match_score: 0
});

/** The final (MD 4) rule list of upstream §3.9, first match wins; unusable codes count as empty. */
export const classifyFit = (userCode: string, professionCode: string): FitCheckClassification => {
  if (stryMutAct_9fa48("67")) {
    {}
  } else {
    stryCov_9fa48("67");
    const user = parseRiasecCode(userCode);
    const profession = parseRiasecCode(professionCode);
    if (stryMutAct_9fa48("70") ? user === undefined && profession === undefined : stryMutAct_9fa48("69") ? false : stryMutAct_9fa48("68") ? true : (stryCov_9fa48("68", "69", "70"), (stryMutAct_9fa48("72") ? user !== undefined : stryMutAct_9fa48("71") ? false : (stryCov_9fa48("71", "72"), user === undefined)) || (stryMutAct_9fa48("74") ? profession !== undefined : stryMutAct_9fa48("73") ? false : (stryCov_9fa48("73", "74"), profession === undefined)))) return EMPTY;
    const dominantDistance = hexagonDistance(user[0], profession[0]);
    const dominant_letter_same = stryMutAct_9fa48("77") ? dominantDistance !== 0 : stryMutAct_9fa48("76") ? false : stryMutAct_9fa48("75") ? true : (stryCov_9fa48("75", "76", "77"), dominantDistance === 0);
    const flags = stryMutAct_9fa48("78") ? {} : (stryCov_9fa48("78"), {
      dominant_letter_same,
      is_adjacent_hexagon: stryMutAct_9fa48("82") ? dominantDistance > 1 : stryMutAct_9fa48("81") ? dominantDistance < 1 : stryMutAct_9fa48("80") ? false : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81", "82"), dominantDistance <= 1),
      match_score: fitMatchScore(user, profession)
    });
    if (stryMutAct_9fa48("85") ? dominant_letter_same || sameComposition(user, profession) : stryMutAct_9fa48("84") ? false : stryMutAct_9fa48("83") ? true : (stryCov_9fa48("83", "84", "85"), dominant_letter_same && sameComposition(user, profession))) {
      if (stryMutAct_9fa48("86")) {
        {}
      } else {
        stryCov_9fa48("86");
        return stryMutAct_9fa48("87") ? {} : (stryCov_9fa48("87"), {
          match_category: stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), 'HIGH'),
          rule_type: (stryMutAct_9fa48("91") ? userCode !== professionCode : stryMutAct_9fa48("90") ? false : stryMutAct_9fa48("89") ? true : (stryCov_9fa48("89", "90", "91"), userCode === professionCode)) ? stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), 'exact_match') : stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), 'permutation_match'),
          ...flags
        });
      }
    }
    if (stryMutAct_9fa48("95") ? false : stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94", "95"), dominant_letter_same)) return stryMutAct_9fa48("96") ? {} : (stryCov_9fa48("96"), {
      match_category: stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), 'MEDIUM'),
      rule_type: stryMutAct_9fa48("98") ? "" : (stryCov_9fa48("98"), 'dominant_same'),
      ...flags
    });
    if (stryMutAct_9fa48("101") ? dominantDistance !== 1 : stryMutAct_9fa48("100") ? false : stryMutAct_9fa48("99") ? true : (stryCov_9fa48("99", "100", "101"), dominantDistance === 1)) return stryMutAct_9fa48("102") ? {} : (stryCov_9fa48("102"), {
      match_category: stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), 'MEDIUM'),
      rule_type: stryMutAct_9fa48("104") ? "" : (stryCov_9fa48("104"), 'adjacent_dominant'),
      ...flags
    });
    if (stryMutAct_9fa48("107") ? false : stryMutAct_9fa48("106") ? true : stryMutAct_9fa48("105") ? hasOppositePair(user, profession) : (stryCov_9fa48("105", "106", "107"), !hasOppositePair(user, profession))) return stryMutAct_9fa48("108") ? {} : (stryCov_9fa48("108"), {
      match_category: stryMutAct_9fa48("109") ? "" : (stryCov_9fa48("109"), 'MEDIUM'),
      rule_type: stryMutAct_9fa48("110") ? "" : (stryCov_9fa48("110"), 'close_profile'),
      ...flags
    });
    return stryMutAct_9fa48("111") ? {} : (stryCov_9fa48("111"), {
      match_category: stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), 'LOW'),
      rule_type: stryMutAct_9fa48("113") ? "" : (stryCov_9fa48("113"), 'mismatch'),
      ...flags
    });
  }
};