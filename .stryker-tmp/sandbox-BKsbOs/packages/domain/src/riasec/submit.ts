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
import type { CandidateEntry } from '../model/candidate.js';
import type { RiasecCodeId } from '../model/ids.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import { type RiasecAnswer, validateAnswers } from './answers.js';
import { buildCandidatesData, type CandidatesData } from './candidates-data.js';
import { type ClassificationType, deriveCode } from './code.js';
import { displayCount, type CatalogueLookup, expandCandidates } from './expansion.js';
import type { RiasecError } from './riasec-error.js';
import { sumScores, totalScore } from './scores.js';
import { checkScoreValidity, validityWarning } from './validity.js';
export interface RiasecSubmitInput {
  readonly answers: readonly RiasecAnswer[];
  /** The session's stored `riasec_question_sets.question_ids`. */
  readonly questionIds: readonly number[];
  readonly findProfessionsByCode: CatalogueLookup;
  /** `riasec_codes` id by code string; undefined when the seed lacks it. */
  readonly findCodeId: (code: string) => RiasecCodeId | undefined;
  /** ISO timestamp for `candidates_data.metadata.generated_at`. */
  readonly generatedAt: string;
}
export interface RiasecSubmitResult {
  readonly scores: RiasecScores;
  readonly total_score: number;
  readonly classification_type: ClassificationType;
  readonly riasec_code: string;
  readonly riasec_code_id: RiasecCodeId;
  readonly is_inconsistent_profile: boolean;
  readonly candidates: readonly CandidateEntry[];
  readonly candidates_data: CandidatesData;
  readonly total_candidates: number;
  readonly display_candidates_count: number;
  readonly validity_warning: string | null;
}

/**
 * Everything RIASEC submit computes, in upstream §3.2 order (steps 5–8) plus the zero-candidate guard:
 * answers → scores → validity → code → code id → expansion → candidates_data.
 */
export const computeRiasecSubmit = (input: RiasecSubmitInput): E.Either<RiasecError, RiasecSubmitResult> => {
  if (stryMutAct_9fa48("759")) {
    {}
  } else {
    stryCov_9fa48("759");
    const checked = validateAnswers(input.answers, input.questionIds);
    if (stryMutAct_9fa48("761") ? false : stryMutAct_9fa48("760") ? true : (stryCov_9fa48("760", "761"), E.isLeft(checked))) return checked;
    const scores = sumScores(checked.right);
    const validity = checkScoreValidity(scores);
    if (stryMutAct_9fa48("763") ? false : stryMutAct_9fa48("762") ? true : (stryCov_9fa48("762", "763"), E.isLeft(validity))) return validity;
    const derived = deriveCode(scores);
    const {
      riasec_code,
      is_inconsistent_profile
    } = derived;
    const riasecCodeId = input.findCodeId(riasec_code);
    if (stryMutAct_9fa48("766") ? riasecCodeId !== undefined : stryMutAct_9fa48("765") ? false : stryMutAct_9fa48("764") ? true : (stryCov_9fa48("764", "765", "766"), riasecCodeId === undefined)) return E.left(stryMutAct_9fa48("767") ? {} : (stryCov_9fa48("767"), {
      _tag: stryMutAct_9fa48("768") ? "" : (stryCov_9fa48("768"), 'RiasecCodeNotFound'),
      riasec_code
    }));
    const expansion = expandCandidates(derived, input.findProfessionsByCode);
    const data = buildCandidatesData(stryMutAct_9fa48("769") ? {} : (stryCov_9fa48("769"), {
      expansion,
      riasec_code,
      riasec_code_id: riasecCodeId,
      scores,
      is_inconsistent_profile,
      generated_at: input.generatedAt
    }));
    if (stryMutAct_9fa48("771") ? false : stryMutAct_9fa48("770") ? true : (stryCov_9fa48("770", "771"), E.isLeft(data))) return data;
    const {
      candidates
    } = expansion;
    return E.right(stryMutAct_9fa48("772") ? {} : (stryCov_9fa48("772"), {
      scores,
      total_score: totalScore(scores),
      classification_type: derived.classification_type,
      riasec_code,
      riasec_code_id: riasecCodeId,
      is_inconsistent_profile,
      candidates,
      candidates_data: data.right,
      total_candidates: candidates.length,
      display_candidates_count: displayCount(candidates),
      validity_warning: validityWarning(validity.right, candidates.length)
    }));
  }
};