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
import { sessionNotFound, wrongStatus } from '../../errors/session-error.js';
import { DIMENSION_KEYS } from '../../model/dimension.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type IkigaiCompletionResponse, buildIkigaiCompletionResponse } from '../../scoring/completion-response.js';
import type { FinalizeError, FinalizeIkigai } from './finalize-ikigai.js';
export type GetIkigaiResultError = FinalizeError | {
  readonly _tag: 'IkigaiResultNotFound';
};

/**
 * GET /ikigai/result/{token} (upstream §4.11). A session stuck in ikigai_ongoing with all four answers (its
 * scoring was interrupted) is scored now, once, instead of answering 400 forever.
 */
export class GetIkigaiResult {
  constructor(private readonly repos: Repositories, private readonly finalize: FinalizeIkigai) {}
  execute(user: UserId, token: SessionToken): TE.TaskEither<GetIkigaiResultError, IkigaiCompletionResponse> {
    if (stryMutAct_9fa48("1504")) {
      {}
    } else {
      stryCov_9fa48("1504");
      // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
      return async () => {
        if (stryMutAct_9fa48("1505")) {
          {}
        } else {
          stryCov_9fa48("1505");
          const read = await this.repos.reads.ikigaiTotals(user, token)();
          if (stryMutAct_9fa48("1507") ? false : stryMutAct_9fa48("1506") ? true : (stryCov_9fa48("1506", "1507"), E.isLeft(read))) return read;
          if (stryMutAct_9fa48("1509") ? false : stryMutAct_9fa48("1508") ? true : (stryCov_9fa48("1508", "1509"), O.isNone(read.right))) return E.left(sessionNotFound);
          const {
            session,
            totals
          } = read.right.value;
          if (stryMutAct_9fa48("1512") ? session.status !== 'completed' : stryMutAct_9fa48("1511") ? false : stryMutAct_9fa48("1510") ? true : (stryCov_9fa48("1510", "1511", "1512"), session.status === (stryMutAct_9fa48("1513") ? "" : (stryCov_9fa48("1513"), 'completed')))) {
            if (stryMutAct_9fa48("1514")) {
              {}
            } else {
              stryCov_9fa48("1514");
              return O.isSome(totals) ? E.right(buildIkigaiCompletionResponse(session.session_token, totals.value)) : E.left(stryMutAct_9fa48("1515") ? {} : (stryCov_9fa48("1515"), {
                _tag: 'IkigaiResultNotFound' as const
              }));
            }
          }
          if (stryMutAct_9fa48("1518") ? session.status === 'ikigai_ongoing' : stryMutAct_9fa48("1517") ? false : stryMutAct_9fa48("1516") ? true : (stryCov_9fa48("1516", "1517", "1518"), session.status !== (stryMutAct_9fa48("1519") ? "" : (stryCov_9fa48("1519"), 'ikigai_ongoing')))) return E.left(wrongStatus(session.status, stryMutAct_9fa48("1520") ? [] : (stryCov_9fa48("1520"), [stryMutAct_9fa48("1521") ? "" : (stryCov_9fa48("1521"), 'completed')])));
          return pipe(this.repos.ikigai.findAnswers(session.id), TE.chainW(stryMutAct_9fa48("1522") ? () => undefined : (stryCov_9fa48("1522"), answers => (stryMutAct_9fa48("1523") ? DIMENSION_KEYS.some(k => answers[k] !== undefined) : (stryCov_9fa48("1523"), DIMENSION_KEYS.every(stryMutAct_9fa48("1524") ? () => undefined : (stryCov_9fa48("1524"), k => stryMutAct_9fa48("1527") ? answers[k] === undefined : stryMutAct_9fa48("1526") ? false : stryMutAct_9fa48("1525") ? true : (stryCov_9fa48("1525", "1526", "1527"), answers[k] !== undefined))))) ? this.finalize.execute(session) : TE.left<GetIkigaiResultError, IkigaiCompletionResponse>(wrongStatus(session.status, stryMutAct_9fa48("1528") ? [] : (stryCov_9fa48("1528"), [stryMutAct_9fa48("1529") ? "" : (stryCov_9fa48("1529"), 'completed')]))))))();
        }
      };
    }
  }
}