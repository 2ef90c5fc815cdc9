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
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { ProfessionId, type SessionToken } from '../../model/ids.js';
import type { Completed } from '../../model/session.js';
import type { StoredRecommendation } from '../../ports/recommendation-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { UserSummary } from '../../ports/user-directory.js';
import type { FinalizeError, FinalizeIkigai } from '../ikigai/finalize-ikigai.js';
import { type RecommendationResult, buildRecommendationResult } from './recommendation-result.js';
import { resultHeader } from './result-header.js';
import { type ResultSessionError, completedRead } from './result-session.js';
export type GetRecommendationResultError = ResultSessionError | FinalizeError | {
  readonly _tag: 'RecommendationResultNotFound';
} | {
  readonly _tag: 'RiasecResultNotFound';
};
type Step<A> = TE.TaskEither<GetRecommendationResultError, A>;
const notFound = stryMutAct_9fa48("2218") ? () => undefined : (stryCov_9fa48("2218"), (() => {
  const notFound = (): GetRecommendationResultError => stryMutAct_9fa48("2219") ? {} : (stryCov_9fa48("2219"), {
    _tag: stryMutAct_9fa48("2220") ? "" : (stryCov_9fa48("2220"), 'RecommendationResultNotFound')
  });
  return notFound;
})());
const riasecMissing = stryMutAct_9fa48("2221") ? () => undefined : (stryCov_9fa48("2221"), (() => {
  const riasecMissing = (): GetRecommendationResultError => stryMutAct_9fa48("2222") ? {} : (stryCov_9fa48("2222"), {
    _tag: stryMutAct_9fa48("2223") ? "" : (stryCov_9fa48("2223"), 'RiasecResultNotFound')
  });
  return riasecMissing;
})());

/**
 * GET /result/recommendation/{token} (upstream §5.3). Read-only in the normal case: the active profile was
 * already set when the session completed (decisions §4), so nothing is auto-saved here.
 */
export class GetRecommendationResult {
  constructor(private readonly repos: Repositories, private readonly finalize: FinalizeIkigai) {}

  // Plain async over the ports' TaskEithers: a read route's hot path, where each combinator step costs
  // promises (ADR 0014); the error channel is the same.
  execute(caller: UserSummary, token: SessionToken): Step<RecommendationResult> {
    if (stryMutAct_9fa48("2224")) {
      {}
    } else {
      stryCov_9fa48("2224");
      return async () => {
        if (stryMutAct_9fa48("2225")) {
          {}
        } else {
          stryCov_9fa48("2225");
          const read = await this.repos.reads.recommendation(caller.id, token)();
          const completed = E.isLeft(read) ? read : completedRead(stryMutAct_9fa48("2226") ? "" : (stryCov_9fa48("2226"), 'RECOMMENDATION'))(read.right);
          if (stryMutAct_9fa48("2228") ? false : stryMutAct_9fa48("2227") ? true : (stryCov_9fa48("2227", "2228"), E.isLeft(completed))) return completed;
          const {
            session,
            rows
          } = completed.right;
          const recommendation = await this.recommendation(session, rows.recommendation)();
          if (stryMutAct_9fa48("2230") ? false : stryMutAct_9fa48("2229") ? true : (stryCov_9fa48("2229", "2230"), E.isLeft(recommendation))) return recommendation;
          if (stryMutAct_9fa48("2232") ? false : stryMutAct_9fa48("2231") ? true : (stryCov_9fa48("2231", "2232"), O.isNone(rows.outcome))) return E.left(riasecMissing());
          const outcome = rows.outcome.value;
          const ids = new Set<number>(stryMutAct_9fa48("2233") ? [] : (stryCov_9fa48("2233"), [...outcome.candidates_data.candidates.map(stryMutAct_9fa48("2234") ? () => undefined : (stryCov_9fa48("2234"), c => c.profession_id)), ...recommendation.right.data.recommended_professions.map(stryMutAct_9fa48("2235") ? () => undefined : (stryCov_9fa48("2235"), p => p.profession_id))]));
          const [code, briefs] = await Promise.all(stryMutAct_9fa48("2236") ? [] : (stryCov_9fa48("2236"), [this.repos.catalogue.codeById(outcome.riasec_code_id)(), this.repos.catalogue.briefs((stryMutAct_9fa48("2237") ? [] : (stryCov_9fa48("2237"), [...ids])).map(ProfessionId))()]));
          if (stryMutAct_9fa48("2239") ? false : stryMutAct_9fa48("2238") ? true : (stryCov_9fa48("2238", "2239"), E.isLeft(code))) return code;
          if (stryMutAct_9fa48("2242") ? code.right !== undefined : stryMutAct_9fa48("2241") ? false : stryMutAct_9fa48("2240") ? true : (stryCov_9fa48("2240", "2241", "2242"), code.right === undefined)) return E.left(riasecMissing());
          if (stryMutAct_9fa48("2244") ? false : stryMutAct_9fa48("2243") ? true : (stryCov_9fa48("2243", "2244"), E.isLeft(briefs))) return briefs;
          return E.right(buildRecommendationResult(stryMutAct_9fa48("2245") ? {} : (stryCov_9fa48("2245"), {
            header: resultHeader(caller, session),
            session,
            data: recommendation.right.data,
            outcome,
            code: code.right,
            briefs: briefs.right
          })));
        }
      };
    }
  }

  /**
   * A crash between scoring and the narrative leaves a completed session without its
   * `career_recommendations` row; the same finalize path that writes it after scoring writes it now (it skips
   * the already stored scores and stores the narrative once), instead of a 404 forever.
   */
  private recommendation(session: Completed, stored: O.Option<StoredRecommendation>): Step<StoredRecommendation> {
    if (stryMutAct_9fa48("2246")) {
      {}
    } else {
      stryCov_9fa48("2246");
      return pipe(stored, O.match(stryMutAct_9fa48("2247") ? () => undefined : (stryCov_9fa48("2247"), () => pipe(this.repos.ikigai.findScores(session.id), TE.chainW(TE.fromOption(notFound)), TE.chainW(stryMutAct_9fa48("2248") ? () => undefined : (stryCov_9fa48("2248"), () => this.finalize.execute(session))), TE.chainW(stryMutAct_9fa48("2249") ? () => undefined : (stryCov_9fa48("2249"), () => this.repos.recommendations.find(session.id))), TE.chainW(TE.fromOption(notFound)))), stryMutAct_9fa48("2250") ? () => undefined : (stryCov_9fa48("2250"), found => TE.right(found))));
    }
  }
}