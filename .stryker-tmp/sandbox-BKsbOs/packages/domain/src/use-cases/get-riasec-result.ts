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
import type { PortError } from '../errors/port-error.js';
import { type SessionError, sessionNotFound } from '../errors/session-error.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { Repositories } from '../ports/unit-of-work.js';
import { type RiasecResponse, riasecResponse } from './riasec-response.js';
export type GetRiasecResultError = SessionError | PortError | {
  readonly _tag: 'RiasecResultNotFound';
};

/** Rebuilds the submit response from storage; `validity_warning` is always null on reload (upstream §3.8). */
export class GetRiasecResult {
  constructor(private readonly repos: Repositories) {}
  execute(user: UserId, token: SessionToken): TE.TaskEither<GetRiasecResultError, RiasecResponse> {
    if (stryMutAct_9fa48("1409")) {
      {}
    } else {
      stryCov_9fa48("1409");
      const notFound = stryMutAct_9fa48("1410") ? () => undefined : (stryCov_9fa48("1410"), (() => {
        const notFound = (): GetRiasecResultError => stryMutAct_9fa48("1411") ? {} : (stryCov_9fa48("1411"), {
          _tag: stryMutAct_9fa48("1412") ? "" : (stryCov_9fa48("1412"), 'RiasecResultNotFound')
        });
        return notFound;
      })());
      // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
      return async () => {
        if (stryMutAct_9fa48("1413")) {
          {}
        } else {
          stryCov_9fa48("1413");
          const read = await this.repos.reads.riasec(user, token)();
          if (stryMutAct_9fa48("1415") ? false : stryMutAct_9fa48("1414") ? true : (stryCov_9fa48("1414", "1415"), E.isLeft(read))) return read;
          if (stryMutAct_9fa48("1417") ? false : stryMutAct_9fa48("1416") ? true : (stryCov_9fa48("1416", "1417"), O.isNone(read.right))) return E.left(sessionNotFound);
          const {
            session,
            outcome
          } = read.right.value;
          if (stryMutAct_9fa48("1419") ? false : stryMutAct_9fa48("1418") ? true : (stryCov_9fa48("1418", "1419"), O.isNone(outcome))) return E.left(notFound());
          const code = await this.repos.catalogue.codeById(outcome.value.riasec_code_id)();
          if (stryMutAct_9fa48("1421") ? false : stryMutAct_9fa48("1420") ? true : (stryCov_9fa48("1420", "1421"), E.isLeft(code))) return code;
          if (stryMutAct_9fa48("1424") ? code.right !== undefined : stryMutAct_9fa48("1423") ? false : stryMutAct_9fa48("1422") ? true : (stryCov_9fa48("1422", "1423", "1424"), code.right === undefined)) return E.left(notFound());
          return E.right(riasecResponse(session, outcome.value, code.right, null));
        }
      };
    }
  }
}