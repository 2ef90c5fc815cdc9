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
import type { SelectionType } from '../model/dimension.js';
export const MIN_REASONING_CHARS = 10;
export const MAX_REASONING_CHARS = 2000;
export interface AnswerViolation {
  /** Set when several dimensions are checked at once. */
  readonly dimension?: string;
  readonly field: 'selected_profession_id' | 'selection_type' | 'reasoning_text';
  readonly message: string;
}
export interface InvalidDimensionAnswer {
  readonly _tag: 'InvalidDimensionAnswer';
  readonly violations: readonly AnswerViolation[];
}
export interface CheckedAnswer {
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  /** Stripped, as it is stored and scored. */
  readonly reasoning_text: string;
}

/**
 * Consistency of one Ikigai answer (upstream §4.7, decisions §4 (24–26)): an id goes with `selected`,
 * no id with `not_selected`; the stripped text is 10–2000 characters. All violations are reported together.
 */
export const checkDimensionAnswer = (answer: CheckedAnswer): E.Either<InvalidDimensionAnswer, CheckedAnswer> => {
  if (stryMutAct_9fa48("822")) {
    {}
  } else {
    stryCov_9fa48("822");
    const violations: AnswerViolation[] = stryMutAct_9fa48("823") ? ["Stryker was here"] : (stryCov_9fa48("823"), []);
    const text = stryMutAct_9fa48("824") ? answer.reasoning_text : (stryCov_9fa48("824"), answer.reasoning_text.trim());
    if (stryMutAct_9fa48("827") ? answer.selected_profession_id !== null || answer.selection_type !== 'selected' : stryMutAct_9fa48("826") ? false : stryMutAct_9fa48("825") ? true : (stryCov_9fa48("825", "826", "827"), (stryMutAct_9fa48("829") ? answer.selected_profession_id === null : stryMutAct_9fa48("828") ? true : (stryCov_9fa48("828", "829"), answer.selected_profession_id !== null)) && (stryMutAct_9fa48("831") ? answer.selection_type === 'selected' : stryMutAct_9fa48("830") ? true : (stryCov_9fa48("830", "831"), answer.selection_type !== (stryMutAct_9fa48("832") ? "" : (stryCov_9fa48("832"), 'selected')))))) {
      if (stryMutAct_9fa48("833")) {
        {}
      } else {
        stryCov_9fa48("833");
        violations.push(stryMutAct_9fa48("834") ? {} : (stryCov_9fa48("834"), {
          field: stryMutAct_9fa48("835") ? "" : (stryCov_9fa48("835"), 'selection_type'),
          message: stryMutAct_9fa48("836") ? "" : (stryCov_9fa48("836"), "selection_type harus 'selected' bila selected_profession_id diisi")
        }));
      }
    }
    if (stryMutAct_9fa48("839") ? answer.selected_profession_id === null || answer.selection_type !== 'not_selected' : stryMutAct_9fa48("838") ? false : stryMutAct_9fa48("837") ? true : (stryCov_9fa48("837", "838", "839"), (stryMutAct_9fa48("841") ? answer.selected_profession_id !== null : stryMutAct_9fa48("840") ? true : (stryCov_9fa48("840", "841"), answer.selected_profession_id === null)) && (stryMutAct_9fa48("843") ? answer.selection_type === 'not_selected' : stryMutAct_9fa48("842") ? true : (stryCov_9fa48("842", "843"), answer.selection_type !== (stryMutAct_9fa48("844") ? "" : (stryCov_9fa48("844"), 'not_selected')))))) {
      if (stryMutAct_9fa48("845")) {
        {}
      } else {
        stryCov_9fa48("845");
        violations.push(stryMutAct_9fa48("846") ? {} : (stryCov_9fa48("846"), {
          field: stryMutAct_9fa48("847") ? "" : (stryCov_9fa48("847"), 'selected_profession_id'),
          message: stryMutAct_9fa48("848") ? "" : (stryCov_9fa48("848"), "selected_profession_id wajib diisi bila selection_type 'selected'")
        }));
      }
    }
    if (stryMutAct_9fa48("851") ? text.length < MIN_REASONING_CHARS && text.length > MAX_REASONING_CHARS : stryMutAct_9fa48("850") ? false : stryMutAct_9fa48("849") ? true : (stryCov_9fa48("849", "850", "851"), (stryMutAct_9fa48("854") ? text.length >= MIN_REASONING_CHARS : stryMutAct_9fa48("853") ? text.length <= MIN_REASONING_CHARS : stryMutAct_9fa48("852") ? false : (stryCov_9fa48("852", "853", "854"), text.length < MIN_REASONING_CHARS)) || (stryMutAct_9fa48("857") ? text.length <= MAX_REASONING_CHARS : stryMutAct_9fa48("856") ? text.length >= MAX_REASONING_CHARS : stryMutAct_9fa48("855") ? false : (stryCov_9fa48("855", "856", "857"), text.length > MAX_REASONING_CHARS)))) {
      if (stryMutAct_9fa48("858")) {
        {}
      } else {
        stryCov_9fa48("858");
        violations.push(stryMutAct_9fa48("859") ? {} : (stryCov_9fa48("859"), {
          field: stryMutAct_9fa48("860") ? "" : (stryCov_9fa48("860"), 'reasoning_text'),
          message: stryMutAct_9fa48("861") ? `` : (stryCov_9fa48("861"), `reasoning_text harus ${MIN_REASONING_CHARS}–${MAX_REASONING_CHARS} karakter setelah spasi di tepi dibuang`)
        }));
      }
    }
    return (stryMutAct_9fa48("865") ? violations.length <= 0 : stryMutAct_9fa48("864") ? violations.length >= 0 : stryMutAct_9fa48("863") ? false : stryMutAct_9fa48("862") ? true : (stryCov_9fa48("862", "863", "864", "865"), violations.length > 0)) ? E.left(stryMutAct_9fa48("866") ? {} : (stryCov_9fa48("866"), {
      _tag: stryMutAct_9fa48("867") ? "" : (stryCov_9fa48("867"), 'InvalidDimensionAnswer'),
      violations
    })) : E.right(stryMutAct_9fa48("868") ? {} : (stryCov_9fa48("868"), {
      ...answer,
      reasoning_text: text
    }));
  }
};