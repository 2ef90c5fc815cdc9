import type { ProfessionProfile } from '@kenali/domain';
import { demoProfile } from '../support/demo-profiles.js';
import type { EvalCase } from './cases.js';
import { caseMetrics, summarise, type CaseMetrics, type Summary } from './metrics.js';
import type { Scorer } from './scorers.js';

/** One scorer's outcome on one case, written to the per-case results file. */
export interface CaseResult extends CaseMetrics {
  readonly id: string;
  /** Candidate ids, best first (ties by id), with their scores. */
  readonly ranking: readonly { readonly id: number; readonly score: number }[];
}

export const runScorer = async (
  scorer: Scorer,
  cases: readonly EvalCase[],
  profiles: (id: number) => ProfessionProfile = demoProfile,
): Promise<CaseResult[]> => {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const scores = await scorer(
      c,
      c.candidates.map((id) => profiles(id)),
    );
    const ranking = [...scores.entries()]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
    results.push({ id: c.id, ranking, ...caseMetrics(scores, c.gold) });
  }
  return results;
};

/** The groups the report breaks every scorer down by. */
export const GROUPS: readonly { readonly name: string; readonly of: (c: EvalCase) => string }[] = [
  { name: 'split', of: (c) => c.split },
  { name: 'dimension', of: (c) => c.dimension },
  { name: 'area', of: (c) => c.area },
  { name: 'register', of: (c) => c.register },
  { name: 'indirect', of: (c) => (c.indirect ? 'indirect' : 'direct') },
];

/** Summary of the results whose case passes `keep`. */
export const summaryOf = (
  cases: readonly EvalCase[],
  results: readonly CaseResult[],
  keep: (c: EvalCase) => boolean = () => true,
): Summary => {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return summarise(results.filter((r) => keep(byId.get(r.id) as EvalCase)));
};
