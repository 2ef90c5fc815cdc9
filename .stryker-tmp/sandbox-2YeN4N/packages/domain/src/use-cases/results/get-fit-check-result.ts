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
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { SessionToken } from '../../model/ids.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { UserSummary } from '../../ports/user-directory.js';
import { type FitCheckResult, buildFitCheckResult } from './fit-check-result.js';
import { resultHeader } from './result-header.js';
import { type ResultSessionError, completedRead } from './result-session.js';
export type GetFitCheckResultError = ResultSessionError | {
  readonly _tag: 'FitCheckResultNotFound';
};

/** GET /result/fit-check/{token} (upstream §5.4): the stored verdict, explained by rules (no AI). */
export class GetFitCheckResult {
  constructor(private readonly repos: Repositories) {}
  execute(caller: UserSummary, token: SessionToken): TE.TaskEither<GetFitCheckResultError, FitCheckResult> {
    if (stryMutAct_9fa48("2179")) {
      {}
    } else {
      stryCov_9fa48("2179");
      const {
        catalogue
      } = this.repos;
      // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
      return async () => {
        if (stryMutAct_9fa48("2180")) {
          {}
        } else {
          stryCov_9fa48("2180");
          const read = await this.repos.reads.fitCheck(caller.id, token)();
          const completed = E.isLeft(read) ? read : completedRead(stryMutAct_9fa48("2181") ? "" : (stryCov_9fa48("2181"), 'FIT_CHECK'))(read.right);
          if (stryMutAct_9fa48("2183") ? false : stryMutAct_9fa48("2182") ? true : (stryCov_9fa48("2182", "2183"), E.isLeft(completed))) return completed;
          const {
            session,
            rows
          } = completed.right;
          if (stryMutAct_9fa48("2185") ? false : stryMutAct_9fa48("2184") ? true : (stryCov_9fa48("2184", "2185"), O.isNone(rows.record))) return E.left(stryMutAct_9fa48("2186") ? {} : (stryCov_9fa48("2186"), {
            _tag: 'FitCheckResultNotFound' as const
          }));
          const record = rows.record.value;
          const [userCode, professionCode, briefs] = await Promise.all(stryMutAct_9fa48("2187") ? [] : (stryCov_9fa48("2187"), [catalogue.codeById(record.user_riasec_code_id)(), catalogue.codeById(record.profession_riasec_code_id)(), catalogue.briefs(stryMutAct_9fa48("2188") ? [] : (stryCov_9fa48("2188"), [record.profession_id]))()]));
          if (stryMutAct_9fa48("2190") ? false : stryMutAct_9fa48("2189") ? true : (stryCov_9fa48("2189", "2190"), E.isLeft(userCode))) return userCode;
          if (stryMutAct_9fa48("2192") ? false : stryMutAct_9fa48("2191") ? true : (stryCov_9fa48("2191", "2192"), E.isLeft(professionCode))) return professionCode;
          if (stryMutAct_9fa48("2194") ? false : stryMutAct_9fa48("2193") ? true : (stryCov_9fa48("2193", "2194"), E.isLeft(briefs))) return briefs;
          return E.right(buildFitCheckResult(stryMutAct_9fa48("2195") ? {} : (stryCov_9fa48("2195"), {
            header: resultHeader(caller, session),
            record,
            userCode: stryMutAct_9fa48("2196") ? userCode.right?.riasec_code && '' : (stryCov_9fa48("2196"), (stryMutAct_9fa48("2197") ? userCode.right.riasec_code : (stryCov_9fa48("2197"), userCode.right?.riasec_code)) ?? (stryMutAct_9fa48("2198") ? "Stryker was here!" : (stryCov_9fa48("2198"), ''))),
            professionCode: stryMutAct_9fa48("2199") ? professionCode.right?.riasec_code && '' : (stryCov_9fa48("2199"), (stryMutAct_9fa48("2200") ? professionCode.right.riasec_code : (stryCov_9fa48("2200"), professionCode.right?.riasec_code)) ?? (stryMutAct_9fa48("2201") ? "Stryker was here!" : (stryCov_9fa48("2201"), ''))),
            professionName: stryMutAct_9fa48("2202") ? briefs.right[0].name : (stryCov_9fa48("2202"), briefs.right[0]?.name)
          })));
        }
      };
    }
  }
}