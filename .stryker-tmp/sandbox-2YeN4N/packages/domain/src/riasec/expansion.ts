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
import { type CandidateEntry, MAX_CANDIDATES, MAX_DISPLAY_ORDER, type ExpansionTier } from '../model/candidate.js';
import type { ProfessionId, RiasecCodeId } from '../model/ids.js';
import type { DerivedCode } from './code.js';
import { expansionPlan, expansionStrategy, type ExpansionStep, type ExpansionStrategy } from './expansion-plan.js';

/** A profession as the catalogue lookup returns it: only what the candidate entry needs. */
export interface CatalogueProfession {
  readonly profession_id: ProfessionId;
  readonly riasec_code_id: RiasecCodeId | null;
}

/** Professions whose code is exactly `code` (upstream `find_by_riasec_code`); any order. */
export type CatalogueLookup = (code: string) => readonly CatalogueProfession[];
export interface CandidateExpansion {
  readonly strategy: ExpansionStrategy;
  readonly candidates: readonly CandidateEntry[];
}
const byId = stryMutAct_9fa48("578") ? () => undefined : (stryCov_9fa48("578"), (() => {
  const byId = (a: CatalogueProfession, b: CatalogueProfession): number => stryMutAct_9fa48("579") ? a.profession_id + b.profession_id : (stryCov_9fa48("579"), a.profession_id - b.profession_id);
  return byId;
})());

/** Upstream has no ORDER BY; we order each lookup by id (decisions §4) and copy only when needed. */
const sortedById = (rows: readonly CatalogueProfession[]): readonly CatalogueProfession[] => {
  if (stryMutAct_9fa48("580")) {
    {}
  } else {
    stryCov_9fa48("580");
    for (let i = 1; stryMutAct_9fa48("583") ? i >= rows.length : stryMutAct_9fa48("582") ? i <= rows.length : stryMutAct_9fa48("581") ? false : (stryCov_9fa48("581", "582", "583"), i < rows.length); stryMutAct_9fa48("584") ? i-- : (stryCov_9fa48("584"), i++)) {
      if (stryMutAct_9fa48("585")) {
        {}
      } else {
        stryCov_9fa48("585");
        if (stryMutAct_9fa48("589") ? rows[i - 1].profession_id <= rows[i].profession_id : stryMutAct_9fa48("588") ? rows[i - 1].profession_id >= rows[i].profession_id : stryMutAct_9fa48("587") ? false : stryMutAct_9fa48("586") ? true : (stryCov_9fa48("586", "587", "588", "589"), rows[stryMutAct_9fa48("590") ? i + 1 : (stryCov_9fa48("590"), i - 1)].profession_id > rows[i].profession_id)) {
          if (stryMutAct_9fa48("591")) {
            {}
          } else {
            stryCov_9fa48("591");
            return stryMutAct_9fa48("593") ? rows.sort(byId) : stryMutAct_9fa48("592") ? rows.slice() : (stryCov_9fa48("592", "593"), rows.slice().sort(byId));
          }
        }
      }
    }
    return rows;
  }
};

/** Two literals rather than a spread keep one object shape per strategy (about 3× faster on the split path). */
const entry = stryMutAct_9fa48("594") ? () => undefined : (stryCov_9fa48("594"), (() => {
  const entry = (row: CatalogueProfession, found: ExpansionStep, displayOrder: number): CandidateEntry => (stryMutAct_9fa48("597") ? found.path !== undefined : stryMutAct_9fa48("596") ? false : stryMutAct_9fa48("595") ? true : (stryCov_9fa48("595", "596", "597"), found.path === undefined)) ? stryMutAct_9fa48("598") ? {} : (stryCov_9fa48("598"), {
    profession_id: row.profession_id,
    riasec_code_id: row.riasec_code_id,
    expansion_tier: found.expansion_tier,
    congruence_type: found.congruence_type,
    congruence_score: found.congruence_score,
    display_order: displayOrder,
    is_display_candidate: stryMutAct_9fa48("602") ? displayOrder > MAX_DISPLAY_ORDER : stryMutAct_9fa48("601") ? displayOrder < MAX_DISPLAY_ORDER : stryMutAct_9fa48("600") ? false : stryMutAct_9fa48("599") ? true : (stryCov_9fa48("599", "600", "601", "602"), displayOrder <= MAX_DISPLAY_ORDER)
  }) : stryMutAct_9fa48("603") ? {} : (stryCov_9fa48("603"), {
    profession_id: row.profession_id,
    riasec_code_id: row.riasec_code_id,
    expansion_tier: found.expansion_tier,
    congruence_type: found.congruence_type,
    congruence_score: found.congruence_score,
    display_order: displayOrder,
    is_display_candidate: stryMutAct_9fa48("607") ? displayOrder > MAX_DISPLAY_ORDER : stryMutAct_9fa48("606") ? displayOrder < MAX_DISPLAY_ORDER : stryMutAct_9fa48("605") ? false : stryMutAct_9fa48("604") ? true : (stryCov_9fa48("604", "605", "606", "607"), displayOrder <= MAX_DISPLAY_ORDER),
    path: found.path
  });
  return entry;
})());

/**
 * Runs the plan of upstream §3.7: dedup by profession id, display_order in discovery order. Upstream
 * checks "< 30" before each tier, lets a tier overshoot, then truncates to 30; everything after the
 * 30th find is cut either way, so stopping at the 30th gives the same list without the extra lookups
 * (a test checks this against the literal algorithm).
 */
export const expandCandidates = (derived: DerivedCode, lookup: CatalogueLookup): CandidateExpansion => {
  if (stryMutAct_9fa48("608")) {
    {}
  } else {
    stryCov_9fa48("608");
    const strategy = expansionStrategy(derived);
    const candidates: CandidateEntry[] = stryMutAct_9fa48("609") ? ["Stryker was here"] : (stryCov_9fa48("609"), []);
    const seen = new Set<number>();
    for (const tier of expansionPlan(derived)) {
      if (stryMutAct_9fa48("610")) {
        {}
      } else {
        stryCov_9fa48("610");
        for (const found of tier) {
          if (stryMutAct_9fa48("611")) {
            {}
          } else {
            stryCov_9fa48("611");
            for (const row of sortedById(lookup(found.code))) {
              if (stryMutAct_9fa48("612")) {
                {}
              } else {
                stryCov_9fa48("612");
                if (stryMutAct_9fa48("614") ? false : stryMutAct_9fa48("613") ? true : (stryCov_9fa48("613", "614"), seen.has(row.profession_id))) continue;
                seen.add(row.profession_id);
                candidates.push(entry(row, found, stryMutAct_9fa48("615") ? candidates.length - 1 : (stryCov_9fa48("615"), candidates.length + 1)));
                if (stryMutAct_9fa48("618") ? candidates.length !== MAX_CANDIDATES : stryMutAct_9fa48("617") ? false : stryMutAct_9fa48("616") ? true : (stryCov_9fa48("616", "617", "618"), candidates.length === MAX_CANDIDATES)) return stryMutAct_9fa48("619") ? {} : (stryCov_9fa48("619"), {
                  strategy,
                  candidates
                });
              }
            }
          }
        }
      }
    }
    return stryMutAct_9fa48("620") ? {} : (stryCov_9fa48("620"), {
      strategy,
      candidates
    });
  }
};
export interface ExpansionSummary {
  readonly tier_1_exact: number;
  readonly tier_2_congruent: number;
  readonly tier_3_subset: number;
  readonly tier_4_dominant: number;
}

/** Counts per tier of the final (truncated) list, so they always add up to total_candidates. */
export const expansionSummary = (candidates: readonly CandidateEntry[]): ExpansionSummary => {
  if (stryMutAct_9fa48("621")) {
    {}
  } else {
    stryCov_9fa48("621");
    const counts: Record<ExpansionTier, number> = stryMutAct_9fa48("622") ? {} : (stryCov_9fa48("622"), {
      1: 0,
      2: 0,
      3: 0,
      4: 0
    });
    for (const candidate of candidates) stryMutAct_9fa48("623") ? counts[candidate.expansion_tier] -= 1 : (stryCov_9fa48("623"), counts[candidate.expansion_tier] += 1);
    return stryMutAct_9fa48("624") ? {} : (stryCov_9fa48("624"), {
      tier_1_exact: counts[1],
      tier_2_congruent: counts[2],
      tier_3_subset: counts[3],
      tier_4_dominant: counts[4]
    });
  }
};
export const displayCount = stryMutAct_9fa48("625") ? () => undefined : (stryCov_9fa48("625"), (() => {
  const displayCount = (candidates: readonly CandidateEntry[]): number => candidates.reduce(stryMutAct_9fa48("626") ? () => undefined : (stryCov_9fa48("626"), (n, candidate) => (stryMutAct_9fa48("630") ? candidate.display_order > MAX_DISPLAY_ORDER : stryMutAct_9fa48("629") ? candidate.display_order < MAX_DISPLAY_ORDER : stryMutAct_9fa48("628") ? false : stryMutAct_9fa48("627") ? true : (stryCov_9fa48("627", "628", "629", "630"), candidate.display_order <= MAX_DISPLAY_ORDER)) ? stryMutAct_9fa48("631") ? n - 1 : (stryCov_9fa48("631"), n + 1) : n), 0);
  return displayCount;
})());