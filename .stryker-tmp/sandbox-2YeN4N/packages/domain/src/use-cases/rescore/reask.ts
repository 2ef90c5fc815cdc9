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
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { DIMENSION_KEYS, type DimensionKey } from '../../model/dimension.js';
import type { RelevanceJudge } from '../../ports/ai-ports.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { RescoreMode } from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { FreshRelevance } from './rescore-input.js';
export interface FreshAnswers {
  readonly fresh: FreshRelevance;
  /** The model of the first fresh answer; null when none was asked for or none answered. */
  readonly model: string | null;
  readonly failures: DimensionKey[];
}
export const NO_FRESH_ANSWERS: FreshAnswers = stryMutAct_9fa48("1850") ? {} : (stryCov_9fa48("1850"), {
  fresh: {},
  model: null,
  failures: stryMutAct_9fa48("1851") ? ["Stryker was here"] : (stryCov_9fa48("1851"), [])
});

/** Dimensions whose relevance a mode asks the AI for again. */
export const dimensionsToAsk = (mode: RescoreMode, snapshot: ScoredSnapshot): DimensionKey[] => {
  if (stryMutAct_9fa48("1852")) {
    {}
  } else {
    stryCov_9fa48("1852");
    switch (mode) {
      case stryMutAct_9fa48("1854") ? "" : (stryCov_9fa48("1854"), 'reuse'):
        if (stryMutAct_9fa48("1853")) {} else {
          stryCov_9fa48("1853");
          return stryMutAct_9fa48("1855") ? ["Stryker was here"] : (stryCov_9fa48("1855"), []);
        }
      case stryMutAct_9fa48("1857") ? "" : (stryCov_9fa48("1857"), 'reask'):
        if (stryMutAct_9fa48("1856")) {} else {
          stryCov_9fa48("1856");
          return stryMutAct_9fa48("1858") ? [] : (stryCov_9fa48("1858"), [...DIMENSION_KEYS]);
        }
      case stryMutAct_9fa48("1860") ? "" : (stryCov_9fa48("1860"), 'reask-failed'):
        if (stryMutAct_9fa48("1859")) {} else {
          stryCov_9fa48("1859");
          {
            if (stryMutAct_9fa48("1861")) {
              {}
            } else {
              stryCov_9fa48("1861");
              const failed = new Set<string>(stryMutAct_9fa48("1862") ? snapshot.scores.dimensionScores.metadata.failed_dimensions && [] : (stryCov_9fa48("1862"), snapshot.scores.dimensionScores.metadata.failed_dimensions ?? (stryMutAct_9fa48("1863") ? ["Stryker was here"] : (stryCov_9fa48("1863"), []))));
              return stryMutAct_9fa48("1864") ? DIMENSION_KEYS : (stryCov_9fa48("1864"), DIMENSION_KEYS.filter(stryMutAct_9fa48("1865") ? () => undefined : (stryCov_9fa48("1865"), k => failed.has(k))));
            }
          }
        }
      default:
        if (stryMutAct_9fa48("1866")) {} else {
          stryCov_9fa48("1866");
          {
            if (stryMutAct_9fa48("1867")) {
              {}
            } else {
              stryCov_9fa48("1867");
              const unreachable: never = mode;
              return unreachable;
            }
          }
        }
    }
  }
};

/**
 * Asks the judge again, in parallel and outside any transaction (decisions §2), for the dimensions of
 * `keys`, against the stored answer texts and the candidates' current profiles.
 */
export const askAgain = (repos: Repositories, judge: RelevanceJudge, snapshot: ScoredSnapshot, keys: readonly DimensionKey[]): TE.TaskEither<PortError, FreshAnswers> => {
  if (stryMutAct_9fa48("1868")) {
    {}
  } else {
    stryCov_9fa48("1868");
    if (stryMutAct_9fa48("1871") ? keys.length !== 0 : stryMutAct_9fa48("1870") ? false : stryMutAct_9fa48("1869") ? true : (stryCov_9fa48("1869", "1870", "1871"), keys.length === 0)) return TE.right(NO_FRESH_ANSWERS);
    return pipe(TE.Do, TE.apS(stryMutAct_9fa48("1872") ? "" : (stryCov_9fa48("1872"), 'answers'), repos.ikigai.findAnswers(snapshot.id)), TE.apS(stryMutAct_9fa48("1873") ? "" : (stryCov_9fa48("1873"), 'profiles'), repos.catalogue.profiles(snapshot.candidates.map(stryMutAct_9fa48("1874") ? () => undefined : (stryCov_9fa48("1874"), c => c.profession_id)))), TE.chain(stryMutAct_9fa48("1875") ? () => undefined : (stryCov_9fa48("1875"), ({
      answers,
      profiles
    }) => TE.fromTask(async () => {
      if (stryMutAct_9fa48("1876")) {
        {}
      } else {
        stryCov_9fa48("1876");
        const results = await Promise.all(keys.map(stryMutAct_9fa48("1877") ? () => undefined : (stryCov_9fa48("1877"), key => judge.judge(key, stryMutAct_9fa48("1878") ? answers[key]?.reasoning_text && '' : (stryCov_9fa48("1878"), (stryMutAct_9fa48("1879") ? answers[key].reasoning_text : (stryCov_9fa48("1879"), answers[key]?.reasoning_text)) ?? (stryMutAct_9fa48("1880") ? "Stryker was here!" : (stryCov_9fa48("1880"), ''))), profiles)())));
        const fresh: FreshRelevance = {};
        const failures: DimensionKey[] = stryMutAct_9fa48("1881") ? ["Stryker was here"] : (stryCov_9fa48("1881"), []);
        let model: string | null = null;
        results.forEach((result, i) => {
          if (stryMutAct_9fa48("1882")) {
            {}
          } else {
            stryCov_9fa48("1882");
            if (stryMutAct_9fa48("1884") ? false : stryMutAct_9fa48("1883") ? true : (stryCov_9fa48("1883", "1884"), E.isRight(result))) {
              if (stryMutAct_9fa48("1885")) {
                {}
              } else {
                stryCov_9fa48("1885");
                fresh[keys[i]] = result.right.scores;
                stryMutAct_9fa48("1886") ? model &&= result.right.model : (stryCov_9fa48("1886"), model ??= result.right.model);
              }
            } else failures.push(keys[i]);
          }
        });
        return stryMutAct_9fa48("1887") ? {} : (stryCov_9fa48("1887"), {
          fresh,
          model,
          failures
        });
      }
    }))));
  }
};