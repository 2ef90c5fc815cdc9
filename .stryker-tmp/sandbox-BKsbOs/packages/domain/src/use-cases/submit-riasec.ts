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
import type { PortError } from '../errors/port-error.js';
import { type SessionError, sessionNotFound } from '../errors/session-error.js';
import { classifyFit } from '../fit-check/classify.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import type { Clock } from '../ports/clock.js';
import type { RiasecCodeRecord } from '../ports/profession-catalogue.js';
import type { RiasecOutcome, StoredAnswer } from '../ports/riasec-repository.js';
import type { TransactionScope, UnitOfWork } from '../ports/unit-of-work.js';
import type { RiasecError } from '../riasec/riasec-error.js';
import { type RiasecSubmitResult, computeRiasecSubmit } from '../riasec/submit.js';
import { completeRiasec } from '../rules/session-transitions.js';
import { recordCompletion } from './record-completion.js';
import { type RiasecResponse, riasecResponse } from './riasec-response.js';
export interface SubmitRiasecInput {
  readonly user: UserId;
  readonly token: SessionToken;
  readonly answers: readonly StoredAnswer[];
}
export type SubmitRiasecError = SessionError | RiasecError | PortError | {
  readonly _tag: 'QuestionSetMissing';
} | {
  readonly _tag: 'TargetProfessionNotFound';
  readonly profession_id: number | null;
} | {
  readonly _tag: 'TargetProfessionUnclassified';
  readonly profession_id: number;
};
type Step<A> = TE.TaskEither<SubmitRiasecError, A>;

/**
 * RIASEC submit (upstream §3.2 order). The session row is locked first, so a concurrent duplicate sees
 * the new status and is refused; every write commits together or not at all.
 */
export class SubmitRiasec {
  constructor(private readonly uow: UnitOfWork, private readonly clock: Clock) {}
  execute(input: SubmitRiasecInput): TE.TaskEither<SubmitRiasecError, RiasecResponse> {
    if (stryMutAct_9fa48("2422")) {
      {}
    } else {
      stryCov_9fa48("2422");
      return this.uow.run(stryMutAct_9fa48("2423") ? () => undefined : (stryCov_9fa48("2423"), scope => this.inTransaction(scope, input)));
    }
  }
  private inTransaction(scope: TransactionScope, input: SubmitRiasecInput): Step<RiasecResponse> {
    if (stryMutAct_9fa48("2424")) {
      {}
    } else {
      stryCov_9fa48("2424");
      const now = this.clock.now();
      return pipe(scope.sessions.findOwnedForUpdate(input.user, input.token), TE.chainW(TE.fromOption(stryMutAct_9fa48("2425") ? () => undefined : (stryCov_9fa48("2425"), (): SubmitRiasecError => sessionNotFound))), TE.chainW(stryMutAct_9fa48("2426") ? () => undefined : (stryCov_9fa48("2426"), session => pipe(completeRiasec(session, now), E.map(stryMutAct_9fa48("2427") ? () => undefined : (stryCov_9fa48("2427"), next => stryMutAct_9fa48("2428") ? {} : (stryCov_9fa48("2428"), {
        session,
        next
      }))), TE.fromEither))), TE.chainW(stryMutAct_9fa48("2429") ? () => undefined : (stryCov_9fa48("2429"), ({
        session,
        next
      }) => pipe(scope.riasec.findQuestionSet(session.id), TE.chainW(TE.fromOption(stryMutAct_9fa48("2430") ? () => undefined : (stryCov_9fa48("2430"), (): SubmitRiasecError => stryMutAct_9fa48("2431") ? {} : (stryCov_9fa48("2431"), {
        _tag: stryMutAct_9fa48("2432") ? "" : (stryCov_9fa48("2432"), 'QuestionSetMissing')
      })))), TE.chainW(stryMutAct_9fa48("2433") ? () => undefined : (stryCov_9fa48("2433"), questionIds => this.compute(scope, input, questionIds, now))), TE.chainW(stryMutAct_9fa48("2434") ? () => undefined : (stryCov_9fa48("2434"), ({
        result,
        code
      }) => this.persist(scope, session, next, input, result, now, code)))))));
    }
  }
  private compute(scope: TransactionScope, input: SubmitRiasecInput, questionIds: readonly number[], now: Date): Step<{
    result: RiasecSubmitResult;
    code: RiasecCodeRecord;
  }> {
    if (stryMutAct_9fa48("2435")) {
      {}
    } else {
      stryCov_9fa48("2435");
      return pipe(TE.Do, TE.apSW(stryMutAct_9fa48("2436") ? "" : (stryCov_9fa48("2436"), 'codes'), scope.catalogue.codes()), TE.apSW(stryMutAct_9fa48("2437") ? "" : (stryCov_9fa48("2437"), 'professions'), scope.catalogue.professionsByCode()), TE.chainEitherKW(stryMutAct_9fa48("2438") ? () => undefined : (stryCov_9fa48("2438"), ({
        codes,
        professions
      }) => pipe(computeRiasecSubmit(stryMutAct_9fa48("2439") ? {} : (stryCov_9fa48("2439"), {
        answers: input.answers,
        questionIds,
        findProfessionsByCode: stryMutAct_9fa48("2440") ? () => undefined : (stryCov_9fa48("2440"), code => stryMutAct_9fa48("2441") ? professions.get(code) && [] : (stryCov_9fa48("2441"), professions.get(code) ?? (stryMutAct_9fa48("2442") ? ["Stryker was here"] : (stryCov_9fa48("2442"), [])))),
        findCodeId: stryMutAct_9fa48("2443") ? () => undefined : (stryCov_9fa48("2443"), code => stryMutAct_9fa48("2444") ? codes.get(code).id : (stryCov_9fa48("2444"), codes.get(code)?.id)),
        generatedAt: now.toISOString()
      })),
      // computeRiasecSubmit only succeeds when the code exists, so the record is present.
      E.map(stryMutAct_9fa48("2445") ? () => undefined : (stryCov_9fa48("2445"), result => stryMutAct_9fa48("2446") ? {} : (stryCov_9fa48("2446"), {
        result,
        code: codes.get(result.riasec_code) as RiasecCodeRecord
      })))))));
    }
  }
  private persist(scope: TransactionScope, before: Session, after: Session, input: SubmitRiasecInput, result: RiasecSubmitResult, now: Date, code: RiasecCodeRecord): Step<RiasecResponse> {
    if (stryMutAct_9fa48("2447")) {
      {}
    } else {
      stryCov_9fa48("2447");
      const outcome: RiasecOutcome = stryMutAct_9fa48("2448") ? {} : (stryCov_9fa48("2448"), {
        scores: result.scores,
        riasec_code_id: result.riasec_code_id,
        riasec_code: result.riasec_code,
        classification_type: result.classification_type,
        is_inconsistent_profile: result.is_inconsistent_profile,
        candidates_data: result.candidates_data
      });
      return pipe((stryMutAct_9fa48("2451") ? before.test_goal !== 'FIT_CHECK' : stryMutAct_9fa48("2450") ? false : stryMutAct_9fa48("2449") ? true : (stryCov_9fa48("2449", "2450", "2451"), before.test_goal === (stryMutAct_9fa48("2452") ? "" : (stryCov_9fa48("2452"), 'FIT_CHECK')))) ? this.fitCheck(scope, before, result, now) : TE.right(undefined), TE.chainW(stryMutAct_9fa48("2453") ? () => undefined : (stryCov_9fa48("2453"), () => scope.riasec.saveSubmission(stryMutAct_9fa48("2454") ? {} : (stryCov_9fa48("2454"), {
        ...outcome,
        session: before.id,
        answers: input.answers,
        at: now
      })))), TE.chainW(stryMutAct_9fa48("2455") ? () => undefined : (stryCov_9fa48("2455"), () => scope.sessions.saveTransition(after))), TE.chainW(stryMutAct_9fa48("2456") ? () => undefined : (stryCov_9fa48("2456"), () => (stryMutAct_9fa48("2459") ? after.status !== 'completed' : stryMutAct_9fa48("2458") ? false : stryMutAct_9fa48("2457") ? true : (stryCov_9fa48("2457", "2458", "2459"), after.status === (stryMutAct_9fa48("2460") ? "" : (stryCov_9fa48("2460"), 'completed')))) ? recordCompletion(scope, after, now) : TE.right(undefined))), TE.map(stryMutAct_9fa48("2461") ? () => undefined : (stryCov_9fa48("2461"), () => riasecResponse(after, outcome, code, result.validity_warning))));
    }
  }

  /** FIT_CHECK finishes at RIASEC submit: classify the user's code against the target profession. */
  private fitCheck(scope: TransactionScope, session: Session, result: RiasecSubmitResult, now: Date): Step<void> {
    if (stryMutAct_9fa48("2462")) {
      {}
    } else {
      stryCov_9fa48("2462");
      const targetId = session.target_profession_id;
      if (stryMutAct_9fa48("2465") ? targetId !== null : stryMutAct_9fa48("2464") ? false : stryMutAct_9fa48("2463") ? true : (stryCov_9fa48("2463", "2464", "2465"), targetId === null)) return TE.left(stryMutAct_9fa48("2466") ? {} : (stryCov_9fa48("2466"), {
        _tag: stryMutAct_9fa48("2467") ? "" : (stryCov_9fa48("2467"), 'TargetProfessionNotFound'),
        profession_id: null
      }));
      return pipe(scope.catalogue.profiles(stryMutAct_9fa48("2468") ? [] : (stryCov_9fa48("2468"), [targetId])), TE.chainW(found => {
        if (stryMutAct_9fa48("2469")) {
          {}
        } else {
          stryCov_9fa48("2469");
          const target = found[0];
          if (stryMutAct_9fa48("2472") ? false : stryMutAct_9fa48("2471") ? true : stryMutAct_9fa48("2470") ? target : (stryCov_9fa48("2470", "2471", "2472"), !target)) return TE.left<SubmitRiasecError, never>(stryMutAct_9fa48("2473") ? {} : (stryCov_9fa48("2473"), {
            _tag: stryMutAct_9fa48("2474") ? "" : (stryCov_9fa48("2474"), 'TargetProfessionNotFound'),
            profession_id: targetId
          }));
          if (stryMutAct_9fa48("2477") ? target.riasec_code === null && target.riasec_code_id === null : stryMutAct_9fa48("2476") ? false : stryMutAct_9fa48("2475") ? true : (stryCov_9fa48("2475", "2476", "2477"), (stryMutAct_9fa48("2479") ? target.riasec_code !== null : stryMutAct_9fa48("2478") ? false : (stryCov_9fa48("2478", "2479"), target.riasec_code === null)) || (stryMutAct_9fa48("2481") ? target.riasec_code_id !== null : stryMutAct_9fa48("2480") ? false : (stryCov_9fa48("2480", "2481"), target.riasec_code_id === null)))) {
            if (stryMutAct_9fa48("2482")) {
              {}
            } else {
              stryCov_9fa48("2482");
              return TE.left<SubmitRiasecError, never>(stryMutAct_9fa48("2483") ? {} : (stryCov_9fa48("2483"), {
                _tag: stryMutAct_9fa48("2484") ? "" : (stryCov_9fa48("2484"), 'TargetProfessionUnclassified'),
                profession_id: targetId
              }));
            }
          }
          return scope.fitChecks.save(stryMutAct_9fa48("2485") ? {} : (stryCov_9fa48("2485"), {
            ...classifyFit(result.riasec_code, target.riasec_code),
            session: session.id,
            profession_id: targetId,
            user_riasec_code_id: result.riasec_code_id,
            profession_riasec_code_id: target.riasec_code_id,
            created_at: now
          }));
        }
      }));
    }
  }
}