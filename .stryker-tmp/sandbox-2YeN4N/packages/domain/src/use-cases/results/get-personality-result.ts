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
import * as O from 'fp-ts/lib/Option.js';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { SessionToken } from '../../model/ids.js';
import type { PersonalityWriter } from '../../ports/ai-ports.js';
import type { PersonalityCache } from '../../ports/cache-ports.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { UserSummary } from '../../ports/user-directory.js';
import { aboutCode } from './personality-about.js';
import { type PersonalityResult, buildPersonalityResult } from './personality-result.js';
import { type ResultSessionError, completedRead } from './result-session.js';
export type GetPersonalityResultError = ResultSessionError | {
  readonly _tag: 'RiasecResultNotFound';
};

/** GET /result/personality/{token} (upstream §5.5): shared by both goals; the AI never fails the request. */
export class GetPersonalityResult {
  private readonly about: ReturnType<typeof aboutCode>;
  constructor(private readonly repos: Repositories, cache: PersonalityCache, writer: PersonalityWriter) {
    if (stryMutAct_9fa48("2203")) {
      {}
    } else {
      stryCov_9fa48("2203");
      this.about = aboutCode(cache, writer);
    }
  }
  execute(caller: UserSummary, token: SessionToken): TE.TaskEither<GetPersonalityResultError, PersonalityResult> {
    if (stryMutAct_9fa48("2204")) {
      {}
    } else {
      stryCov_9fa48("2204");
      const missing = stryMutAct_9fa48("2205") ? () => undefined : (stryCov_9fa48("2205"), (() => {
        const missing = (): GetPersonalityResultError => stryMutAct_9fa48("2206") ? {} : (stryCov_9fa48("2206"), {
          _tag: stryMutAct_9fa48("2207") ? "" : (stryCov_9fa48("2207"), 'RiasecResultNotFound')
        });
        return missing;
      })());
      // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
      return async () => {
        if (stryMutAct_9fa48("2208")) {
          {}
        } else {
          stryCov_9fa48("2208");
          const read = await this.repos.reads.riasec(caller.id, token)();
          const completed = E.isLeft(read) ? read : completedRead(undefined)(read.right);
          if (stryMutAct_9fa48("2210") ? false : stryMutAct_9fa48("2209") ? true : (stryCov_9fa48("2209", "2210"), E.isLeft(completed))) return completed;
          const {
            session,
            rows
          } = completed.right;
          if (stryMutAct_9fa48("2212") ? false : stryMutAct_9fa48("2211") ? true : (stryCov_9fa48("2211", "2212"), O.isNone(rows.outcome))) return E.left(missing());
          const code = await this.repos.catalogue.codeById(rows.outcome.value.riasec_code_id)();
          if (stryMutAct_9fa48("2214") ? false : stryMutAct_9fa48("2213") ? true : (stryCov_9fa48("2213", "2214"), E.isLeft(code))) return code;
          if (stryMutAct_9fa48("2217") ? code.right !== undefined : stryMutAct_9fa48("2216") ? false : stryMutAct_9fa48("2215") ? true : (stryCov_9fa48("2215", "2216", "2217"), code.right === undefined)) return E.left(missing());
          const about = await this.about(code.right)();
          return E.right(buildPersonalityResult(session.session_token, code.right, about));
        }
      };
    }
  }
}