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
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../errors/port-error.js';
import type { ProfessionId, SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import { type InvalidPersona, type Persona, type TestGoal, parsePersona, usesIkigai } from '../model/test-goal.js';
import type { Clock } from '../ports/clock.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { TokenError } from '../ports/token-ledger.js';
import type { TransactionScope, UnitOfWork } from '../ports/unit-of-work.js';
import { shuffledQuestionIds } from '../riasec/index.js';
export const CAREER_PROFILE_CATEGORY_ID = 3;
export const TEST_DEBIT_DESCRIPTION = stryMutAct_9fa48("2390") ? "" : (stryCov_9fa48("2390"), 'Pemakaian Tes Profil Karier — Rekomendasi Profesi');
export interface StartSessionInput {
  readonly user: UserId;
  readonly goal: TestGoal;
  readonly persona: string;
  readonly targetProfessionId: ProfessionId | null;
}
export interface StartSessionOutput {
  readonly session_token: SessionToken;
  readonly test_goal: TestGoal;
  readonly status: 'riasec_ongoing';
  readonly question_ids: readonly number[];
  readonly total_questions: number;
  readonly message: string;
}
export interface ActiveSessionExists {
  readonly _tag: 'ActiveSessionExists';
  readonly session: Session;
}
export type StartSessionError = InvalidPersona | ActiveSessionExists | TokenError | PortError;

/**
 * Starts a test: retake protection, token debit (RECOMMENDATION only), session, history row and the
 * question order — all in one transaction, so any failure leaves the wallet untouched.
 */
export class StartSession {
  constructor(private readonly uow: UnitOfWork, private readonly clock: Clock, private readonly ids: IdGenerator, private readonly recommendationCost: number) {}
  execute(input: StartSessionInput): TE.TaskEither<StartSessionError, StartSessionOutput> {
    if (stryMutAct_9fa48("2391")) {
      {}
    } else {
      stryCov_9fa48("2391");
      return pipe(TE.fromEither(parsePersona(input.goal, input.persona)), TE.chainW(stryMutAct_9fa48("2392") ? () => undefined : (stryCov_9fa48("2392"), persona => this.uow.run(stryMutAct_9fa48("2393") ? () => undefined : (stryCov_9fa48("2393"), scope => this.inTransaction(scope, input, persona))))));
    }
  }
  private inTransaction(scope: TransactionScope, input: StartSessionInput, persona: Persona): TE.TaskEither<StartSessionError, StartSessionOutput> {
    if (stryMutAct_9fa48("2394")) {
      {}
    } else {
      stryCov_9fa48("2394");
      const now = this.clock.now();
      const token = this.ids.sessionToken();
      const questionIds = shuffledQuestionIds(token);
      return pipe(
      // Serialises concurrent starts of one user before the active-session check.
      scope.sessions.lockUser(input.user), TE.chainW(stryMutAct_9fa48("2395") ? () => undefined : (stryCov_9fa48("2395"), () => scope.sessions.findActive(input.user))), TE.chainW(O.match(stryMutAct_9fa48("2396") ? () => undefined : (stryCov_9fa48("2396"), () => TE.right<StartSessionError, void>(undefined)), stryMutAct_9fa48("2397") ? () => undefined : (stryCov_9fa48("2397"), session => TE.left<StartSessionError, void>(stryMutAct_9fa48("2398") ? {} : (stryCov_9fa48("2398"), {
        _tag: stryMutAct_9fa48("2399") ? "" : (stryCov_9fa48("2399"), 'ActiveSessionExists'),
        session
      }))))), TE.chainW(stryMutAct_9fa48("2400") ? () => undefined : (stryCov_9fa48("2400"), () => (stryMutAct_9fa48("2403") ? input.goal === 'RECOMMENDATION' || this.recommendationCost > 0 : stryMutAct_9fa48("2402") ? false : stryMutAct_9fa48("2401") ? true : (stryCov_9fa48("2401", "2402", "2403"), (stryMutAct_9fa48("2405") ? input.goal !== 'RECOMMENDATION' : stryMutAct_9fa48("2404") ? true : (stryCov_9fa48("2404", "2405"), input.goal === (stryMutAct_9fa48("2406") ? "" : (stryCov_9fa48("2406"), 'RECOMMENDATION')))) && (stryMutAct_9fa48("2409") ? this.recommendationCost <= 0 : stryMutAct_9fa48("2408") ? this.recommendationCost >= 0 : stryMutAct_9fa48("2407") ? true : (stryCov_9fa48("2407", "2408", "2409"), this.recommendationCost > 0)))) ? pipe(scope.tokens.debit(stryMutAct_9fa48("2410") ? {} : (stryCov_9fa48("2410"), {
        user: input.user,
        amount: this.recommendationCost,
        description: TEST_DEBIT_DESCRIPTION,
        at: now,
        reference: token
      })), TE.map(() => undefined)) : TE.right(undefined))), TE.chainW(stryMutAct_9fa48("2411") ? () => undefined : (stryCov_9fa48("2411"), () => scope.sessions.insert(stryMutAct_9fa48("2412") ? {} : (stryCov_9fa48("2412"), {
        user_id: input.user,
        session_token: token,
        persona_type: persona,
        test_goal: input.goal,
        target_profession_id: (stryMutAct_9fa48("2415") ? input.goal !== 'FIT_CHECK' : stryMutAct_9fa48("2414") ? false : stryMutAct_9fa48("2413") ? true : (stryCov_9fa48("2413", "2414", "2415"), input.goal === (stryMutAct_9fa48("2416") ? "" : (stryCov_9fa48("2416"), 'FIT_CHECK')))) ? input.targetProfessionId : null,
        uses_ikigai: usesIkigai(input.goal),
        started_at: now
      })))), TE.chainFirstW(stryMutAct_9fa48("2417") ? () => undefined : (stryCov_9fa48("2417"), session => scope.history.recordStarted(input.user, session.id, CAREER_PROFILE_CATEGORY_ID, now))), TE.chainFirstW(stryMutAct_9fa48("2418") ? () => undefined : (stryCov_9fa48("2418"), session => scope.riasec.saveQuestionSet(session.id, questionIds, now))), TE.map(stryMutAct_9fa48("2419") ? () => undefined : (stryCov_9fa48("2419"), () => stryMutAct_9fa48("2420") ? {} : (stryCov_9fa48("2420"), {
        session_token: token,
        test_goal: input.goal,
        status: 'riasec_ongoing' as const,
        question_ids: questionIds,
        total_questions: questionIds.length,
        message: stryMutAct_9fa48("2421") ? `` : (stryCov_9fa48("2421"), `Sesi dimulai. Tampilkan ${questionIds.length} pertanyaan sesuai urutan question_ids.`)
      }))));
    }
  }
}