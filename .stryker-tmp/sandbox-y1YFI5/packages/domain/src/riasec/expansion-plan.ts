// @ts-nocheck
import type { CongruenceType, ExpansionTier, SplitPath } from '../model/candidate.js';
import type { RiasecLetter } from '../model/riasec-letter.js';
import type { DerivedCode } from './code.js';
import { areAdjacent, areOpposite, HEXAGON_NEIGHBOURS } from './hexagon.js';

/** One catalogue lookup of the expansion and what its finds are labelled with. */
export interface ExpansionStep {
  readonly code: string;
  readonly expansion_tier: ExpansionTier;
  readonly congruence_type: CongruenceType;
  readonly congruence_score: number;
  readonly path?: SplitPath;
}

/** Steps grouped by tier (upstream evaluates its "< 30" guard between groups). */
export type ExpansionPlan = readonly (readonly ExpansionStep[])[];

export type ExpansionStrategy = '4_tier_expansion' | 'split_path';

export const expansionStrategy = (derived: DerivedCode): ExpansionStrategy =>
  derived.is_inconsistent_profile ? 'split_path' : '4_tier_expansion';

/** Scores of the standard path (upstream §3.7, decisions §4 (12–14)). */
export const CONGRUENCE_SCORES: Readonly<Record<CongruenceType, number>> = {
  exact_match: 1.0,
  congruent_primer: 0.95,
  congruent_secondary: 0.88,
  congruent_adjacent: 0.95,
  congruent_permutation: 0.85,
  subset_adjacent: 0.75,
  subset_alternate: 0.65,
  dominant_single: 0.55,
};

/** The split path scores its neighbour codes lower than the standard path does. */
export const SPLIT_PATH_EXACT_SCORE = 1.0;
export const SPLIT_PATH_NEIGHBOUR_SCORE = 0.85;

/** Index triples of itertools.permutations(top3) in its order; the first one is t1t2t3. */
const PERMUTATIONS: readonly (readonly [number, number, number])[] = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];
/** itertools.combinations(top3, 2): rank order, never reversed. */
const PAIRS: readonly (readonly [number, number])[] = [
  [0, 1],
  [0, 2],
  [1, 2],
];

const step = (code: string, tier: ExpansionTier, type: CongruenceType): ExpansionStep => ({
  code,
  expansion_tier: tier,
  congruence_type: type,
  congruence_score: CONGRUENCE_SCORES[type],
});

const congruentTier = (code: string, top: readonly RiasecLetter[]): ExpansionStep[] => {
  const [t1, t2, t3] = top;
  if (code.length === 2) {
    // Dual AB: the reversed pair first, then ABX/BAX unless X opposes A or B.
    const steps = [step(t2 + t1, 2, 'congruent_primer')];
    if (!areOpposite(t3, t1) && !areOpposite(t3, t2)) {
      steps.push(step(t1 + t2 + t3, 2, 'congruent_secondary'), step(t2 + t1 + t3, 2, 'congruent_secondary'));
    }
    return steps;
  }
  // Triple, and single too (upstream lets it fall in this branch): all orders of top3 but the own code.
  const steps: ExpansionStep[] = [];
  for (const [x, y, z] of PERMUTATIONS) {
    const a = top[x];
    const b = top[y];
    const permuted = a + b + top[z];
    if (permuted !== code)
      steps.push(step(permuted, 2, areAdjacent(a, b) ? 'congruent_adjacent' : 'congruent_permutation'));
  }
  return steps;
};

const fourTierPlan = ({ riasec_code, ranking }: DerivedCode): ExpansionPlan => {
  const top = ranking.slice(0, 3);
  const subsets = PAIRS.map(([x, y]) => {
    const a = top[x];
    const b = top[y];
    return step(a + b, 3, areAdjacent(a, b) ? 'subset_adjacent' : 'subset_alternate');
  });
  return [
    [step(riasec_code, 1, 'exact_match')],
    congruentTier(riasec_code, top),
    subsets,
    [step(top[0], 4, 'dominant_single')],
  ];
};

const pathSteps = (letter: RiasecLetter, path: SplitPath): ExpansionStep[] => {
  const steps: ExpansionStep[] = [
    {
      code: letter,
      expansion_tier: 1,
      congruence_type: 'exact_match',
      congruence_score: SPLIT_PATH_EXACT_SCORE,
      path,
    },
  ];
  for (const neighbour of HEXAGON_NEIGHBOURS[letter]) {
    for (const code of [letter + neighbour, neighbour + letter]) {
      steps.push({
        code,
        expansion_tier: 2,
        congruence_type: 'congruent_adjacent',
        congruence_score: SPLIT_PATH_NEIGHBOUR_SCORE,
        path,
      });
    }
  }
  return steps;
};

/** Path "A" around the first letter, then path "B" around the second; truncation only, no guard. */
const splitPathPlan = ({ ranking }: DerivedCode): ExpansionPlan => [
  [...pathSteps(ranking[0], 'A'), ...pathSteps(ranking[1], 'B')],
];

/** The ordered lookups of upstream §3.7 for this profile. */
export const expansionPlan = (derived: DerivedCode): ExpansionPlan =>
  expansionStrategy(derived) === 'split_path' ? splitPathPlan(derived) : fourTierPlan(derived);
