// @ts-nocheck
import {
  type CandidateEntry,
  MAX_CANDIDATES,
  MAX_DISPLAY_ORDER,
  type ExpansionTier,
} from '../model/candidate.js';
import type { ProfessionId, RiasecCodeId } from '../model/ids.js';
import type { DerivedCode } from './code.js';
import {
  expansionPlan,
  expansionStrategy,
  type ExpansionStep,
  type ExpansionStrategy,
} from './expansion-plan.js';

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

const byId = (a: CatalogueProfession, b: CatalogueProfession): number => a.profession_id - b.profession_id;

/** Upstream has no ORDER BY; we order each lookup by id (decisions §4) and copy only when needed. */
const sortedById = (rows: readonly CatalogueProfession[]): readonly CatalogueProfession[] => {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i - 1].profession_id > rows[i].profession_id) {
      return rows.slice().sort(byId);
    }
  }
  return rows;
};

/** Two literals rather than a spread keep one object shape per strategy (about 3× faster on the split path). */
const entry = (row: CatalogueProfession, found: ExpansionStep, displayOrder: number): CandidateEntry =>
  found.path === undefined
    ? {
        profession_id: row.profession_id,
        riasec_code_id: row.riasec_code_id,
        expansion_tier: found.expansion_tier,
        congruence_type: found.congruence_type,
        congruence_score: found.congruence_score,
        display_order: displayOrder,
        is_display_candidate: displayOrder <= MAX_DISPLAY_ORDER,
      }
    : {
        profession_id: row.profession_id,
        riasec_code_id: row.riasec_code_id,
        expansion_tier: found.expansion_tier,
        congruence_type: found.congruence_type,
        congruence_score: found.congruence_score,
        display_order: displayOrder,
        is_display_candidate: displayOrder <= MAX_DISPLAY_ORDER,
        path: found.path,
      };

/**
 * Runs the plan of upstream §3.7: dedup by profession id, display_order in discovery order. Upstream
 * checks "< 30" before each tier, lets a tier overshoot, then truncates to 30; everything after the
 * 30th find is cut either way, so stopping at the 30th gives the same list without the extra lookups
 * (a test checks this against the literal algorithm).
 */
export const expandCandidates = (derived: DerivedCode, lookup: CatalogueLookup): CandidateExpansion => {
  const strategy = expansionStrategy(derived);
  const candidates: CandidateEntry[] = [];
  const seen = new Set<number>();
  for (const tier of expansionPlan(derived)) {
    for (const found of tier) {
      for (const row of sortedById(lookup(found.code))) {
        if (seen.has(row.profession_id)) continue;
        seen.add(row.profession_id);
        candidates.push(entry(row, found, candidates.length + 1));
        if (candidates.length === MAX_CANDIDATES) return { strategy, candidates };
      }
    }
  }
  return { strategy, candidates };
};

export interface ExpansionSummary {
  readonly tier_1_exact: number;
  readonly tier_2_congruent: number;
  readonly tier_3_subset: number;
  readonly tier_4_dominant: number;
}

/** Counts per tier of the final (truncated) list, so they always add up to total_candidates. */
export const expansionSummary = (candidates: readonly CandidateEntry[]): ExpansionSummary => {
  const counts: Record<ExpansionTier, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const candidate of candidates) counts[candidate.expansion_tier] += 1;
  return {
    tier_1_exact: counts[1],
    tier_2_congruent: counts[2],
    tier_3_subset: counts[3],
    tier_4_dominant: counts[4],
  };
};

export const displayCount = (candidates: readonly CandidateEntry[]): number =>
  candidates.reduce((n, candidate) => (candidate.display_order <= MAX_DISPLAY_ORDER ? n + 1 : n), 0);
