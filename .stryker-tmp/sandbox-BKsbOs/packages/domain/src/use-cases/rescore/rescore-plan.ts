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
import { pipe } from 'fp-ts/lib/function.js';
import type { StoredScores } from '../../ports/ikigai-repository.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import { scoreIkigai } from '../../scoring/pipeline.js';
import type { IkigaiScoringResult } from '../../scoring/scores-data.js';
import type { ScoringError } from '../../scoring/scoring-error.js';
import { jsonEqual } from './json-equal.js';
import { type RescoreDiff, diffScores } from './rescore-diff.js';
import { type FreshRelevance, type StoredScoresCorrupt, scoringInputOf } from './rescore-input.js';

/** `Same`: the recomputed documents equal the stored ones (apart from their timestamp): nothing to write. */
export type RescorePlan = {
  readonly _tag: 'Same';
} | {
  readonly _tag: 'Different';
  readonly scores: StoredScores;
  readonly diff: RescoreDiff;
  /**
   * false: the dimension document is the stored one (same content): it is not rewritten, and keeps saying
   * when its scores were computed; only the ranking gets the new time.
   */
  readonly dimensionsChanged: boolean;
};
type Stamped = {
  readonly metadata: {
    readonly calculated_at: string;
  };
};

/** Documents compared without `metadata.calculated_at`, which a rescore always moves. */
const sameDocument = stryMutAct_9fa48("2008") ? () => undefined : (stryCov_9fa48("2008"), (() => {
  const sameDocument = (a: Stamped, b: Stamped): boolean => jsonEqual(stryMutAct_9fa48("2009") ? {} : (stryCov_9fa48("2009"), {
    ...a,
    metadata: stryMutAct_9fa48("2010") ? {} : (stryCov_9fa48("2010"), {
      ...a.metadata,
      calculated_at: null
    })
  }), stryMutAct_9fa48("2011") ? {} : (stryCov_9fa48("2011"), {
    ...b,
    metadata: stryMutAct_9fa48("2012") ? {} : (stryCov_9fa48("2012"), {
      ...b.metadata,
      calculated_at: null
    })
  }));
  return sameDocument;
})());
const stamp = stryMutAct_9fa48("2013") ? () => undefined : (stryCov_9fa48("2013"), (() => {
  const stamp = <D extends Stamped,>(doc: D, at: string): D => stryMutAct_9fa48("2014") ? {} : (stryCov_9fa48("2014"), {
    ...doc,
    metadata: stryMutAct_9fa48("2015") ? {} : (stryCov_9fa48("2015"), {
      ...doc.metadata,
      calculated_at: at
    })
  });
  return stamp;
})());

/**
 * Strictly after the stored time, so the version of the stored scores (their timestamp) changes with every
 * write even if two machines' clocks disagree.
 */
const nextCalculatedAt = stryMutAct_9fa48("2016") ? () => undefined : (stryCov_9fa48("2016"), (() => {
  const nextCalculatedAt = (stored: Date, now: Date): Date => (stryMutAct_9fa48("2020") ? now.getTime() <= stored.getTime() : stryMutAct_9fa48("2019") ? now.getTime() >= stored.getTime() : stryMutAct_9fa48("2018") ? false : stryMutAct_9fa48("2017") ? true : (stryCov_9fa48("2017", "2018", "2019", "2020"), now.getTime() > stored.getTime())) ? now : new Date(stryMutAct_9fa48("2021") ? stored.getTime() - 1 : (stryCov_9fa48("2021"), stored.getTime() + 1));
  return nextCalculatedAt;
})());

/**
 * Recomputes a session's documents with the pipeline and decides whether anything changed. Idempotent by
 * construction: documents equal to the stored ones give `Same`, so a second run writes nothing.
 * `freshModel` names the model of the fresh answers (null when none were asked for or none answered).
 */
export const planRescore = stryMutAct_9fa48("2022") ? () => undefined : (stryCov_9fa48("2022"), (() => {
  const planRescore = (snapshot: ScoredSnapshot, fresh: FreshRelevance, freshModel: string | null, now: Date): E.Either<StoredScoresCorrupt | ScoringError, RescorePlan> => pipe(scoringInputOf(snapshot, fresh), E.chainW(stryMutAct_9fa48("2023") ? () => undefined : (stryCov_9fa48("2023"), input =>
  // Scored at the stored timestamp first: the comparison then needs no masking of the new time.
  scoreIkigai(input, stryMutAct_9fa48("2024") ? snapshot.scores.totalScores.metadata.calculated_at && '' : (stryCov_9fa48("2024"), snapshot.scores.totalScores.metadata.calculated_at ?? (stryMutAct_9fa48("2025") ? "Stryker was here!" : (stryCov_9fa48("2025"), '')))))), E.map((result): RescorePlan => {
    if (stryMutAct_9fa48("2026")) {
      {}
    } else {
      stryCov_9fa48("2026");
      const stored = snapshot.scores;
      const dimensionsChanged = stryMutAct_9fa48("2027") ? sameDocument(result.dimension_scores, stored.dimensionScores) : (stryCov_9fa48("2027"), !sameDocument(result.dimension_scores, stored.dimensionScores));
      if (stryMutAct_9fa48("2030") ? !dimensionsChanged && sameDocument(result.total_scores, stored.totalScores) && result.top_profession1_id === stored.topProfession1 || result.top_profession2_id === stored.topProfession2 : stryMutAct_9fa48("2029") ? false : stryMutAct_9fa48("2028") ? true : (stryCov_9fa48("2028", "2029", "2030"), (stryMutAct_9fa48("2032") ? !dimensionsChanged && sameDocument(result.total_scores, stored.totalScores) || result.top_profession1_id === stored.topProfession1 : stryMutAct_9fa48("2031") ? true : (stryCov_9fa48("2031", "2032"), (stryMutAct_9fa48("2034") ? !dimensionsChanged || sameDocument(result.total_scores, stored.totalScores) : stryMutAct_9fa48("2033") ? true : (stryCov_9fa48("2033", "2034"), (stryMutAct_9fa48("2035") ? dimensionsChanged : (stryCov_9fa48("2035"), !dimensionsChanged)) && sameDocument(result.total_scores, stored.totalScores))) && (stryMutAct_9fa48("2037") ? result.top_profession1_id !== stored.topProfession1 : stryMutAct_9fa48("2036") ? true : (stryCov_9fa48("2036", "2037"), result.top_profession1_id === stored.topProfession1)))) && (stryMutAct_9fa48("2039") ? result.top_profession2_id !== stored.topProfession2 : stryMutAct_9fa48("2038") ? true : (stryCov_9fa48("2038", "2039"), result.top_profession2_id === stored.topProfession2)))) {
        if (stryMutAct_9fa48("2040")) {
          {}
        } else {
          stryCov_9fa48("2040");
          return stryMutAct_9fa48("2041") ? {} : (stryCov_9fa48("2041"), {
            _tag: stryMutAct_9fa48("2042") ? "" : (stryCov_9fa48("2042"), 'Same')
          });
        }
      }
      const at = nextCalculatedAt(stored.calculatedAt, now);
      return stryMutAct_9fa48("2043") ? {} : (stryCov_9fa48("2043"), {
        _tag: stryMutAct_9fa48("2044") ? "" : (stryCov_9fa48("2044"), 'Different'),
        scores: storedScores(result, stored, freshModel, at, dimensionsChanged),
        diff: diff(stored, result),
        dimensionsChanged
      });
    }
  }));
  return planRescore;
})());
const storedScores = stryMutAct_9fa48("2045") ? () => undefined : (stryCov_9fa48("2045"), (() => {
  const storedScores = (result: IkigaiScoringResult, stored: StoredScores, freshModel: string | null, at: Date, dimensionsChanged: boolean): StoredScores => stryMutAct_9fa48("2046") ? {} : (stryCov_9fa48("2046"), {
    dimensionScores: dimensionsChanged ? stamp(result.dimension_scores, at.toISOString()) : stored.dimensionScores,
    totalScores: stamp(result.total_scores, at.toISOString()),
    topProfession1: result.top_profession1_id,
    topProfession2: result.top_profession2_id,
    aiModelUsed: dimensionsChanged ? stryMutAct_9fa48("2047") ? freshModel && stored.aiModelUsed : (stryCov_9fa48("2047"), freshModel ?? stored.aiModelUsed) : stored.aiModelUsed,
    totalApiCalls: stored.totalApiCalls,
    calculatedAt: at
  });
  return storedScores;
})());
const diff = stryMutAct_9fa48("2048") ? () => undefined : (stryCov_9fa48("2048"), (() => {
  const diff = (stored: StoredScores, result: IkigaiScoringResult): RescoreDiff => diffScores(stryMutAct_9fa48("2049") ? {} : (stryCov_9fa48("2049"), {
    totals: stored.totalScores,
    dimensions: stored.dimensionScores
  }), stryMutAct_9fa48("2050") ? {} : (stryCov_9fa48("2050"), {
    totals: result.total_scores,
    dimensions: result.dimension_scores
  }));
  return diff;
})());