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
import { RIASEC_LETTER_NAMES, RIASEC_LETTERS, type RiasecLetter } from '../model/riasec-letter.js';
import type { FitCheckClassification } from './classify.js';
import { parseRiasecCode } from './classify.js';
import { CATEGORY_COPY } from './explanation-texts.js';
import { FIT_CHECK_PRESENTATION, type FitCheckPresentation } from './labels.js';

/** `fit_check_result.explanation` of upstream §5.4 (CTAs inside it, decisions §4 (37–38)). */
export interface FitCheckExplanation extends FitCheckPresentation {
  readonly meaning: string;
  readonly reason_points: readonly [string, string];
  readonly implication: string;
  readonly next_steps: readonly [string, string, string];
}
export interface FitCheckExplanationInput extends Pick<FitCheckClassification, 'match_category' | 'rule_type'> {
  readonly user_code: string;
  readonly profession_name: string;
  readonly profession_code: string;
}
const named = stryMutAct_9fa48("144") ? () => undefined : (stryCov_9fa48("144"), (() => {
  const named = (letter: RiasecLetter): string => stryMutAct_9fa48("145") ? `` : (stryCov_9fa48("145"), `${RIASEC_LETTER_NAMES[letter]} (${letter})`);
  return named;
})());
/** Letters in hexagon order R,I,A,S,E,C, which reads better than alphabetical. */
const inHexagonOrder = stryMutAct_9fa48("146") ? () => undefined : (stryCov_9fa48("146"), (() => {
  const inHexagonOrder = (letters: readonly RiasecLetter[]): string => stryMutAct_9fa48("147") ? RIASEC_LETTERS.join(', ') : (stryCov_9fa48("147"), RIASEC_LETTERS.filter(stryMutAct_9fa48("148") ? () => undefined : (stryCov_9fa48("148"), letter => letters.includes(letter))).join(stryMutAct_9fa48("149") ? "" : (stryCov_9fa48("149"), ', ')));
  return inHexagonOrder;
})());
const replacedLetters = (user: readonly RiasecLetter[], profession: readonly RiasecLetter[]): string => {
  if (stryMutAct_9fa48("150")) {
    {}
  } else {
    stryCov_9fa48("150");
    const onlyUser = stryMutAct_9fa48("151") ? user : (stryCov_9fa48("151"), user.filter(stryMutAct_9fa48("152") ? () => undefined : (stryCov_9fa48("152"), letter => stryMutAct_9fa48("153") ? profession.includes(letter) : (stryCov_9fa48("153"), !profession.includes(letter)))));
    const onlyProfession = stryMutAct_9fa48("154") ? profession : (stryCov_9fa48("154"), profession.filter(stryMutAct_9fa48("155") ? () => undefined : (stryCov_9fa48("155"), letter => stryMutAct_9fa48("156") ? user.includes(letter) : (stryCov_9fa48("156"), !user.includes(letter)))));
    if (stryMutAct_9fa48("159") ? onlyUser.length === 0 && onlyProfession.length === 0 : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159"), (stryMutAct_9fa48("161") ? onlyUser.length !== 0 : stryMutAct_9fa48("160") ? false : (stryCov_9fa48("160", "161"), onlyUser.length === 0)) || (stryMutAct_9fa48("163") ? onlyProfession.length !== 0 : stryMutAct_9fa48("162") ? false : (stryCov_9fa48("162", "163"), onlyProfession.length === 0)))) return stryMutAct_9fa48("164") ? "Stryker was here!" : (stryCov_9fa48("164"), '');
    return stryMutAct_9fa48("165") ? `` : (stryCov_9fa48("165"), ` Minat ${onlyUser.join(stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), ', '))} dari kode kamu diganti oleh ${onlyProfession.join(stryMutAct_9fa48("167") ? "" : (stryCov_9fa48("167"), ', '))} pada kode profesi ini.`);
  }
};
const secondReason = (input: FitCheckExplanationInput): string => {
  if (stryMutAct_9fa48("168")) {
    {}
  } else {
    stryCov_9fa48("168");
    const user = parseRiasecCode(input.user_code);
    const profession = parseRiasecCode(input.profession_code);
    if (stryMutAct_9fa48("171") ? user === undefined && profession === undefined : stryMutAct_9fa48("170") ? false : stryMutAct_9fa48("169") ? true : (stryCov_9fa48("169", "170", "171"), (stryMutAct_9fa48("173") ? user !== undefined : stryMutAct_9fa48("172") ? false : (stryCov_9fa48("172", "173"), user === undefined)) || (stryMutAct_9fa48("175") ? profession !== undefined : stryMutAct_9fa48("174") ? false : (stryCov_9fa48("174", "175"), profession === undefined)))) {
      if (stryMutAct_9fa48("176")) {
        {}
      } else {
        stryCov_9fa48("176");
        return stryMutAct_9fa48("177") ? "" : (stryCov_9fa48("177"), 'Salah satu kode minat belum tersedia, jadi kecocokan belum bisa dinilai secara utuh.');
      }
    }
    const [mine] = user;
    const [theirs] = profession;
    switch (input.rule_type) {
      case stryMutAct_9fa48("179") ? "" : (stryCov_9fa48("179"), 'exact_match'):
        if (stryMutAct_9fa48("178")) {} else {
          stryCov_9fa48("178");
          return stryMutAct_9fa48("180") ? `` : (stryCov_9fa48("180"), `Kedua kode persis sama, sehingga minat dominan kamu, ${named(mine)}, juga menjadi minat utama profesi ini.`);
        }
      case stryMutAct_9fa48("182") ? "" : (stryCov_9fa48("182"), 'permutation_match'):
        if (stryMutAct_9fa48("181")) {} else {
          stryCov_9fa48("181");
          return (stryMutAct_9fa48("183") ? `` : (stryCov_9fa48("183"), `Minat dominan kamu dan profesi ini sama-sama ${named(mine)}, dan keduanya tersusun dari huruf `)) + (stryMutAct_9fa48("184") ? `` : (stryCov_9fa48("184"), `yang sama (${inHexagonOrder(user)}); hanya urutan minat pendukungnya yang berbeda.`));
        }
      case stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), 'dominant_same'):
        if (stryMutAct_9fa48("185")) {} else {
          stryCov_9fa48("185");
          return (stryMutAct_9fa48("187") ? `` : (stryCov_9fa48("187"), `Minat dominan kamu dan profesi ini sama-sama ${named(mine)}, tetapi ada minat pendukung yang berbeda.`)) + replacedLetters(user, profession);
        }
      case stryMutAct_9fa48("189") ? "" : (stryCov_9fa48("189"), 'adjacent_dominant'):
        if (stryMutAct_9fa48("188")) {} else {
          stryCov_9fa48("188");
          return (stryMutAct_9fa48("190") ? `` : (stryCov_9fa48("190"), `Minat dominan kamu ${named(mine)} berbeda dengan minat dominan profesi ini, ${named(theirs)}, `)) + (stryMutAct_9fa48("191") ? "" : (stryCov_9fa48("191"), 'tetapi keduanya bertetangga di heksagon RIASEC sehingga masih saling terkait.'));
        }
      case stryMutAct_9fa48("193") ? "" : (stryCov_9fa48("193"), 'close_profile'):
        if (stryMutAct_9fa48("192")) {} else {
          stryCov_9fa48("192");
          return (stryMutAct_9fa48("194") ? `` : (stryCov_9fa48("194"), `Minat dominan kamu ${named(mine)} dan profesi ini ${named(theirs)} berbeda, tetapi tidak ada `)) + (stryMutAct_9fa48("195") ? "" : (stryCov_9fa48("195"), 'pasangan huruf yang saling berseberangan di heksagon RIASEC.'));
        }
      case stryMutAct_9fa48("197") ? "" : (stryCov_9fa48("197"), 'mismatch'):
        if (stryMutAct_9fa48("196")) {} else {
          stryCov_9fa48("196");
          return (stryMutAct_9fa48("198") ? `` : (stryCov_9fa48("198"), `Minat dominan kamu ${named(mine)} dan profesi ini ${named(theirs)} berbeda dan tidak bertetangga `)) + (stryMutAct_9fa48("199") ? "" : (stryCov_9fa48("199"), 'di heksagon RIASEC.'));
        }
    }
  }
};
const codeOrDash = stryMutAct_9fa48("200") ? () => undefined : (stryCov_9fa48("200"), (() => {
  const codeOrDash = (code: string): string => (stryMutAct_9fa48("203") ? code !== '' : stryMutAct_9fa48("202") ? false : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202", "203"), code === (stryMutAct_9fa48("204") ? "Stryker was here!" : (stryCov_9fa48("204"), '')))) ? stryMutAct_9fa48("205") ? "" : (stryCov_9fa48("205"), '-') : code;
  return codeOrDash;
})());

/** Rule-based explanation of a fit check; pure, so the result tab can rebuild it from stored columns. */
export const explainFitCheck = (input: FitCheckExplanationInput): FitCheckExplanation => {
  if (stryMutAct_9fa48("206")) {
    {}
  } else {
    stryCov_9fa48("206");
    const copy = CATEGORY_COPY[input.match_category];
    const presentation = FIT_CHECK_PRESENTATION[input.match_category];
    const name = input.profession_name;
    // Keys in the order of upstream §5.4, so the serialised JSON reads the same.
    return stryMutAct_9fa48("207") ? {} : (stryCov_9fa48("207"), {
      meaning: copy.meaning(name),
      reason_points: stryMutAct_9fa48("208") ? [] : (stryCov_9fa48("208"), [(stryMutAct_9fa48("209") ? `` : (stryCov_9fa48("209"), `Kode minat kamu ${codeOrDash(input.user_code)}, sedangkan profesi ${name} berkode `)) + (stryMutAct_9fa48("210") ? `` : (stryCov_9fa48("210"), `${codeOrDash(input.profession_code)}.`)), secondReason(input)]),
      implication: copy.implication,
      next_steps: copy.nextSteps(name),
      cta_primary: presentation.cta_primary,
      cta_secondary: presentation.cta_secondary,
      match_label: presentation.match_label,
      match_stars: presentation.match_stars
    });
  }
};