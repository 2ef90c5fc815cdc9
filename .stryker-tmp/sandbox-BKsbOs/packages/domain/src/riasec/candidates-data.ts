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
import { catalogIncomplete, type CatalogIncomplete } from './riasec-error.js';
import type { ExpansionStrategy } from './expansion-plan.js';
import { type CandidateExpansion, displayCount, expansionSummary, type ExpansionSummary } from './expansion.js';

/** `ikigai_candidate_professions.candidates_data`, key for key as upstream §3.7 writes it. */
export interface CandidatesData {
  readonly candidates: readonly CandidateEntry[];
  readonly metadata: {
    readonly total_candidates: number;
    readonly user_riasec_code_id: RiasecCodeId;
    readonly user_riasec_code: string;
    readonly user_riasec_scores: RiasecScores;
    readonly is_inconsistent_profile: boolean;
    readonly expansion_strategy: ExpansionStrategy;
    readonly expansion_summary: ExpansionSummary;
    readonly display_count: number;
    readonly generated_at: string;
  };
}
export interface CandidatesDataInput {
  readonly expansion: CandidateExpansion;
  readonly riasec_code: string;
  readonly riasec_code_id: RiasecCodeId;
  readonly scores: RiasecScores;
  readonly is_inconsistent_profile: boolean;
  /** ISO timestamp supplied by the caller's clock. */
  readonly generated_at: string;
}

/** The stored document; an empty candidate list cannot be stored (CHECK 1..30), see decisions §4 (15). */
export const buildCandidatesData = (input: CandidatesDataInput): E.Either<CatalogIncomplete, CandidatesData> => {
  if (stryMutAct_9fa48("448")) {
    {}
  } else {
    stryCov_9fa48("448");
    const {
      candidates,
      strategy
    } = input.expansion;
    if (stryMutAct_9fa48("451") ? candidates.length !== 0 : stryMutAct_9fa48("450") ? false : stryMutAct_9fa48("449") ? true : (stryCov_9fa48("449", "450", "451"), candidates.length === 0)) return E.left(catalogIncomplete(input.riasec_code));
    const {
      R,
      I,
      A,
      S,
      E: enterprising,
      C
    } = input.scores;
    return E.right(stryMutAct_9fa48("452") ? {} : (stryCov_9fa48("452"), {
      candidates,
      metadata: stryMutAct_9fa48("453") ? {} : (stryCov_9fa48("453"), {
        total_candidates: candidates.length,
        user_riasec_code_id: input.riasec_code_id,
        user_riasec_code: input.riasec_code,
        user_riasec_scores: stryMutAct_9fa48("454") ? {} : (stryCov_9fa48("454"), {
          R,
          I,
          A,
          S,
          E: enterprising,
          C
        }),
        is_inconsistent_profile: input.is_inconsistent_profile,
        expansion_strategy: strategy,
        expansion_summary: expansionSummary(candidates),
        display_count: displayCount(candidates),
        generated_at: input.generated_at
      })
    }));
  }
};