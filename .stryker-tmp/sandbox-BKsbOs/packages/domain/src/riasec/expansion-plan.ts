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
export const expansionStrategy = stryMutAct_9fa48("500") ? () => undefined : (stryCov_9fa48("500"), (() => {
  const expansionStrategy = (derived: DerivedCode): ExpansionStrategy => derived.is_inconsistent_profile ? stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), 'split_path') : stryMutAct_9fa48("502") ? "" : (stryCov_9fa48("502"), '4_tier_expansion');
  return expansionStrategy;
})());

/** Scores of the standard path (upstream §3.7, decisions §4 (12–14)). */
export const CONGRUENCE_SCORES: Readonly<Record<CongruenceType, number>> = stryMutAct_9fa48("503") ? {} : (stryCov_9fa48("503"), {
  exact_match: 1.0,
  congruent_primer: 0.95,
  congruent_secondary: 0.88,
  congruent_adjacent: 0.95,
  congruent_permutation: 0.85,
  subset_adjacent: 0.75,
  subset_alternate: 0.65,
  dominant_single: 0.55
});

/** The split path scores its neighbour codes lower than the standard path does. */
export const SPLIT_PATH_EXACT_SCORE = 1.0;
export const SPLIT_PATH_NEIGHBOUR_SCORE = 0.85;

/** Index triples of itertools.permutations(top3) in its order; the first one is t1t2t3. */
const PERMUTATIONS: readonly (readonly [number, number, number])[] = stryMutAct_9fa48("504") ? [] : (stryCov_9fa48("504"), [stryMutAct_9fa48("505") ? [] : (stryCov_9fa48("505"), [0, 1, 2]), stryMutAct_9fa48("506") ? [] : (stryCov_9fa48("506"), [0, 2, 1]), stryMutAct_9fa48("507") ? [] : (stryCov_9fa48("507"), [1, 0, 2]), stryMutAct_9fa48("508") ? [] : (stryCov_9fa48("508"), [1, 2, 0]), stryMutAct_9fa48("509") ? [] : (stryCov_9fa48("509"), [2, 0, 1]), stryMutAct_9fa48("510") ? [] : (stryCov_9fa48("510"), [2, 1, 0])]);
/** itertools.combinations(top3, 2): rank order, never reversed. */
const PAIRS: readonly (readonly [number, number])[] = stryMutAct_9fa48("511") ? [] : (stryCov_9fa48("511"), [stryMutAct_9fa48("512") ? [] : (stryCov_9fa48("512"), [0, 1]), stryMutAct_9fa48("513") ? [] : (stryCov_9fa48("513"), [0, 2]), stryMutAct_9fa48("514") ? [] : (stryCov_9fa48("514"), [1, 2])]);
const step = stryMutAct_9fa48("515") ? () => undefined : (stryCov_9fa48("515"), (() => {
  const step = (code: string, tier: ExpansionTier, type: CongruenceType): ExpansionStep => stryMutAct_9fa48("516") ? {} : (stryCov_9fa48("516"), {
    code,
    expansion_tier: tier,
    congruence_type: type,
    congruence_score: CONGRUENCE_SCORES[type]
  });
  return step;
})());
const congruentTier = (code: string, top: readonly RiasecLetter[]): ExpansionStep[] => {
  if (stryMutAct_9fa48("517")) {
    {}
  } else {
    stryCov_9fa48("517");
    const [t1, t2, t3] = top;
    if (stryMutAct_9fa48("520") ? code.length !== 2 : stryMutAct_9fa48("519") ? false : stryMutAct_9fa48("518") ? true : (stryCov_9fa48("518", "519", "520"), code.length === 2)) {
      if (stryMutAct_9fa48("521")) {
        {}
      } else {
        stryCov_9fa48("521");
        // Dual AB: the reversed pair first, then ABX/BAX unless X opposes A or B.
        const steps = stryMutAct_9fa48("522") ? [] : (stryCov_9fa48("522"), [step(stryMutAct_9fa48("523") ? t2 - t1 : (stryCov_9fa48("523"), t2 + t1), 2, stryMutAct_9fa48("524") ? "" : (stryCov_9fa48("524"), 'congruent_primer'))]);
        if (stryMutAct_9fa48("527") ? !areOpposite(t3, t1) || !areOpposite(t3, t2) : stryMutAct_9fa48("526") ? false : stryMutAct_9fa48("525") ? true : (stryCov_9fa48("525", "526", "527"), (stryMutAct_9fa48("528") ? areOpposite(t3, t1) : (stryCov_9fa48("528"), !areOpposite(t3, t1))) && (stryMutAct_9fa48("529") ? areOpposite(t3, t2) : (stryCov_9fa48("529"), !areOpposite(t3, t2))))) {
          if (stryMutAct_9fa48("530")) {
            {}
          } else {
            stryCov_9fa48("530");
            steps.push(step(stryMutAct_9fa48("531") ? t1 + t2 - t3 : (stryCov_9fa48("531"), (stryMutAct_9fa48("532") ? t1 - t2 : (stryCov_9fa48("532"), t1 + t2)) + t3), 2, stryMutAct_9fa48("533") ? "" : (stryCov_9fa48("533"), 'congruent_secondary')), step(stryMutAct_9fa48("534") ? t2 + t1 - t3 : (stryCov_9fa48("534"), (stryMutAct_9fa48("535") ? t2 - t1 : (stryCov_9fa48("535"), t2 + t1)) + t3), 2, stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), 'congruent_secondary')));
          }
        }
        return steps;
      }
    }
    // Triple, and single too (upstream lets it fall in this branch): all orders of top3 but the own code.
    const steps: ExpansionStep[] = stryMutAct_9fa48("537") ? ["Stryker was here"] : (stryCov_9fa48("537"), []);
    for (const [x, y, z] of PERMUTATIONS) {
      if (stryMutAct_9fa48("538")) {
        {}
      } else {
        stryCov_9fa48("538");
        const a = top[x];
        const b = top[y];
        const permuted = stryMutAct_9fa48("539") ? a + b - top[z] : (stryCov_9fa48("539"), (stryMutAct_9fa48("540") ? a - b : (stryCov_9fa48("540"), a + b)) + top[z]);
        if (stryMutAct_9fa48("543") ? permuted === code : stryMutAct_9fa48("542") ? false : stryMutAct_9fa48("541") ? true : (stryCov_9fa48("541", "542", "543"), permuted !== code)) steps.push(step(permuted, 2, areAdjacent(a, b) ? stryMutAct_9fa48("544") ? "" : (stryCov_9fa48("544"), 'congruent_adjacent') : stryMutAct_9fa48("545") ? "" : (stryCov_9fa48("545"), 'congruent_permutation')));
      }
    }
    return steps;
  }
};
const fourTierPlan = ({
  riasec_code,
  ranking
}: DerivedCode): ExpansionPlan => {
  if (stryMutAct_9fa48("546")) {
    {}
  } else {
    stryCov_9fa48("546");
    const top = stryMutAct_9fa48("547") ? ranking : (stryCov_9fa48("547"), ranking.slice(0, 3));
    const subsets = PAIRS.map(([x, y]) => {
      if (stryMutAct_9fa48("548")) {
        {}
      } else {
        stryCov_9fa48("548");
        const a = top[x];
        const b = top[y];
        return step(stryMutAct_9fa48("549") ? a - b : (stryCov_9fa48("549"), a + b), 3, areAdjacent(a, b) ? stryMutAct_9fa48("550") ? "" : (stryCov_9fa48("550"), 'subset_adjacent') : stryMutAct_9fa48("551") ? "" : (stryCov_9fa48("551"), 'subset_alternate'));
      }
    });
    return stryMutAct_9fa48("552") ? [] : (stryCov_9fa48("552"), [stryMutAct_9fa48("553") ? [] : (stryCov_9fa48("553"), [step(riasec_code, 1, stryMutAct_9fa48("554") ? "" : (stryCov_9fa48("554"), 'exact_match'))]), congruentTier(riasec_code, top), subsets, stryMutAct_9fa48("555") ? [] : (stryCov_9fa48("555"), [step(top[0], 4, stryMutAct_9fa48("556") ? "" : (stryCov_9fa48("556"), 'dominant_single'))])]);
  }
};
const pathSteps = (letter: RiasecLetter, path: SplitPath): ExpansionStep[] => {
  if (stryMutAct_9fa48("557")) {
    {}
  } else {
    stryCov_9fa48("557");
    const steps: ExpansionStep[] = stryMutAct_9fa48("558") ? [] : (stryCov_9fa48("558"), [stryMutAct_9fa48("559") ? {} : (stryCov_9fa48("559"), {
      code: letter,
      expansion_tier: 1,
      congruence_type: stryMutAct_9fa48("560") ? "" : (stryCov_9fa48("560"), 'exact_match'),
      congruence_score: SPLIT_PATH_EXACT_SCORE,
      path
    })]);
    for (const neighbour of HEXAGON_NEIGHBOURS[letter]) {
      if (stryMutAct_9fa48("561")) {
        {}
      } else {
        stryCov_9fa48("561");
        for (const code of stryMutAct_9fa48("562") ? [] : (stryCov_9fa48("562"), [stryMutAct_9fa48("563") ? letter - neighbour : (stryCov_9fa48("563"), letter + neighbour), stryMutAct_9fa48("564") ? neighbour - letter : (stryCov_9fa48("564"), neighbour + letter)])) {
          if (stryMutAct_9fa48("565")) {
            {}
          } else {
            stryCov_9fa48("565");
            steps.push(stryMutAct_9fa48("566") ? {} : (stryCov_9fa48("566"), {
              code,
              expansion_tier: 2,
              congruence_type: stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), 'congruent_adjacent'),
              congruence_score: SPLIT_PATH_NEIGHBOUR_SCORE,
              path
            }));
          }
        }
      }
    }
    return steps;
  }
};

/** Path "A" around the first letter, then path "B" around the second; truncation only, no guard. */
const splitPathPlan = stryMutAct_9fa48("568") ? () => undefined : (stryCov_9fa48("568"), (() => {
  const splitPathPlan = ({
    ranking
  }: DerivedCode): ExpansionPlan => stryMutAct_9fa48("569") ? [] : (stryCov_9fa48("569"), [stryMutAct_9fa48("570") ? [] : (stryCov_9fa48("570"), [...pathSteps(ranking[0], stryMutAct_9fa48("571") ? "" : (stryCov_9fa48("571"), 'A')), ...pathSteps(ranking[1], stryMutAct_9fa48("572") ? "" : (stryCov_9fa48("572"), 'B'))])]);
  return splitPathPlan;
})());

/** The ordered lookups of upstream §3.7 for this profile. */
export const expansionPlan = stryMutAct_9fa48("573") ? () => undefined : (stryCov_9fa48("573"), (() => {
  const expansionPlan = (derived: DerivedCode): ExpansionPlan => (stryMutAct_9fa48("576") ? expansionStrategy(derived) !== 'split_path' : stryMutAct_9fa48("575") ? false : stryMutAct_9fa48("574") ? true : (stryCov_9fa48("574", "575", "576"), expansionStrategy(derived) === (stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), 'split_path')))) ? splitPathPlan(derived) : fourTierPlan(derived);
  return expansionPlan;
})());