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
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { NarrativeWriter } from '../../ports/ai-ports.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { NarrativeAction, RecommendationUpdate, ScoreRevision } from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { regenerateRecommendation } from './narrative-regeneration.js';
import type { FreshAnswers } from './reask.js';
import { refreshRecommendation } from './recommendation-refresh.js';
import { revisionDiff } from './rescore-diff.js';
import { type RescorePlan, planRescore } from './rescore-plan.js';
import type { RescoreError, RescoreOutcome, RescoreRequest } from './rescore-types.js';

/** A session whose outcome needs no write (unchanged, or a dry run). */
export interface Settled {
  readonly _tag: 'Settled';
  readonly outcome: RescoreOutcome;
}

/** A session ready to be written: its revision, and its outcome once the write succeeds. */
export interface Pending {
  readonly _tag: 'Pending';
  readonly snapshot: ScoredSnapshot;
  readonly ai: FreshAnswers;
  readonly request: RescoreRequest;
  readonly revision: ScoreRevision;
  readonly outcome: RescoreOutcome;
}
export type Prepared = Settled | Pending;
type Different = Extract<RescorePlan, {
  _tag: 'Different';
}>;
interface WriteDependencies {
  readonly repos: Repositories;
  readonly narrator: NarrativeWriter;
  readonly now: () => Date;
}

/** What becomes of the recommendation: the narrative is regenerated only when the top two changed. */
const recommendation = (deps: WriteDependencies, snapshot: ScoredSnapshot, plan: Different, dryRun: boolean): TE.TaskEither<RescoreError, {
  update: RecommendationUpdate | null;
  action: NarrativeAction;
}> => {
  if (stryMutAct_9fa48("2102")) {
    {}
  } else {
    stryCov_9fa48("2102");
    if (stryMutAct_9fa48("2104") ? false : stryMutAct_9fa48("2103") ? true : (stryCov_9fa48("2103", "2104"), plan.diff.top_2_changed)) {
      if (stryMutAct_9fa48("2105")) {
        {}
      } else {
        stryCov_9fa48("2105");
        if (stryMutAct_9fa48("2107") ? false : stryMutAct_9fa48("2106") ? true : (stryCov_9fa48("2106", "2107"), dryRun)) return TE.right(stryMutAct_9fa48("2108") ? {} : (stryCov_9fa48("2108"), {
          update: null,
          action: stryMutAct_9fa48("2109") ? "" : (stryCov_9fa48("2109"), 'regenerated')
        }));
        return pipe(regenerateRecommendation(deps.repos, deps.narrator, snapshot, plan.scores, deps.now), TE.map(stryMutAct_9fa48("2110") ? () => undefined : (stryCov_9fa48("2110"), update => stryMutAct_9fa48("2111") ? {} : (stryCov_9fa48("2111"), {
          update,
          action: 'regenerated' as const
        }))));
      }
    }
    const data = snapshot.recommendation ? refreshRecommendation(snapshot.recommendation, plan.scores.totalScores.profession_scores) : null;
    if (stryMutAct_9fa48("2114") ? data !== null : stryMutAct_9fa48("2113") ? false : stryMutAct_9fa48("2112") ? true : (stryCov_9fa48("2112", "2113", "2114"), data === null)) return TE.right(stryMutAct_9fa48("2115") ? {} : (stryCov_9fa48("2115"), {
      update: null,
      action: stryMutAct_9fa48("2116") ? "" : (stryCov_9fa48("2116"), 'unchanged')
    }));
    const {
      topProfession1,
      topProfession2
    } = plan.scores;
    return TE.right(stryMutAct_9fa48("2117") ? {} : (stryCov_9fa48("2117"), {
      update: stryMutAct_9fa48("2118") ? {} : (stryCov_9fa48("2118"), {
        data,
        topProfession1,
        topProfession2,
        aiModelUsed: null,
        generatedAt: null
      }),
      action: stryMutAct_9fa48("2119") ? "" : (stryCov_9fa48("2119"), 'refreshed')
    }));
  }
};

/** Plans one session's write (pure apart from a narrative call when the top two changed). */
export const planWrite = (deps: WriteDependencies, snapshot: ScoredSnapshot, ai: FreshAnswers, request: RescoreRequest): TE.TaskEither<RescoreError, Prepared> => {
  if (stryMutAct_9fa48("2120")) {
    {}
  } else {
    stryCov_9fa48("2120");
    const session = stryMutAct_9fa48("2121") ? {} : (stryCov_9fa48("2121"), {
      id: snapshot.id,
      token: snapshot.token
    });
    return pipe(TE.fromEither(planRescore(snapshot, ai.fresh, ai.model, deps.now())), TE.chainW((plan): TE.TaskEither<RescoreError, Prepared> => {
      if (stryMutAct_9fa48("2122")) {
        {}
      } else {
        stryCov_9fa48("2122");
        if (stryMutAct_9fa48("2125") ? plan._tag !== 'Same' : stryMutAct_9fa48("2124") ? false : stryMutAct_9fa48("2123") ? true : (stryCov_9fa48("2123", "2124", "2125"), plan._tag === (stryMutAct_9fa48("2126") ? "" : (stryCov_9fa48("2126"), 'Same')))) {
          if (stryMutAct_9fa48("2127")) {
            {}
          } else {
            stryCov_9fa48("2127");
            return TE.right(stryMutAct_9fa48("2128") ? {} : (stryCov_9fa48("2128"), {
              _tag: stryMutAct_9fa48("2129") ? "" : (stryCov_9fa48("2129"), 'Settled'),
              outcome: stryMutAct_9fa48("2130") ? {} : (stryCov_9fa48("2130"), {
                _tag: stryMutAct_9fa48("2131") ? "" : (stryCov_9fa48("2131"), 'Unchanged'),
                session,
                aiFailures: ai.failures
              })
            }));
          }
        }
        return pipe(recommendation(deps, snapshot, plan, request.dryRun), TE.map(({
          update,
          action
        }): Prepared => {
          if (stryMutAct_9fa48("2132")) {
            {}
          } else {
            stryCov_9fa48("2132");
            const outcome: RescoreOutcome = stryMutAct_9fa48("2133") ? {} : (stryCov_9fa48("2133"), {
              _tag: stryMutAct_9fa48("2134") ? "" : (stryCov_9fa48("2134"), 'Rescored'),
              session,
              diff: plan.diff,
              narrative: action,
              written: stryMutAct_9fa48("2135") ? request.dryRun : (stryCov_9fa48("2135"), !request.dryRun),
              aiFailures: ai.failures
            });
            if (stryMutAct_9fa48("2137") ? false : stryMutAct_9fa48("2136") ? true : (stryCov_9fa48("2136", "2137"), request.dryRun)) return stryMutAct_9fa48("2138") ? {} : (stryCov_9fa48("2138"), {
              _tag: stryMutAct_9fa48("2139") ? "" : (stryCov_9fa48("2139"), 'Settled'),
              outcome
            });
            const revision: ScoreRevision = stryMutAct_9fa48("2140") ? {} : (stryCov_9fa48("2140"), {
              session: snapshot.id,
              expectedVersion: snapshot.version,
              scores: plan.scores,
              dimensionsChanged: plan.dimensionsChanged,
              recommendation: update,
              narrative: action,
              diff: revisionDiff(plan.diff),
              author: request
            });
            return stryMutAct_9fa48("2141") ? {} : (stryCov_9fa48("2141"), {
              _tag: stryMutAct_9fa48("2142") ? "" : (stryCov_9fa48("2142"), 'Pending'),
              snapshot,
              ai,
              request,
              revision,
              outcome
            });
          }
        }));
      }
    }));
  }
};