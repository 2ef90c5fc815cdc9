// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../errors/port-error.js';
import type { ProfessionId, SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import {
  type InvalidPersona,
  type Persona,
  type TestGoal,
  parsePersona,
  usesIkigai,
} from '../model/test-goal.js';
import type { Clock } from '../ports/clock.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { TokenError } from '../ports/token-ledger.js';
import type { TransactionScope, UnitOfWork } from '../ports/unit-of-work.js';
import { shuffledQuestionIds } from '../riasec/index.js';

export const CAREER_PROFILE_CATEGORY_ID = 3;
export const TEST_DEBIT_DESCRIPTION = 'Pemakaian Tes Profil Karier — Rekomendasi Profesi';

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
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly recommendationCost: number,
  ) {}

  execute(input: StartSessionInput): TE.TaskEither<StartSessionError, StartSessionOutput> {
    return pipe(
      TE.fromEither(parsePersona(input.goal, input.persona)),
      TE.chainW((persona) => this.uow.run((scope) => this.inTransaction(scope, input, persona))),
    );
  }

  private inTransaction(
    scope: TransactionScope,
    input: StartSessionInput,
    persona: Persona,
  ): TE.TaskEither<StartSessionError, StartSessionOutput> {
    const now = this.clock.now();
    const token = this.ids.sessionToken();
    const questionIds = shuffledQuestionIds(token);
    return pipe(
      // Serialises concurrent starts of one user before the active-session check.
      scope.sessions.lockUser(input.user),
      TE.chainW(() => scope.sessions.findActive(input.user)),
      TE.chainW(
        O.match(
          () => TE.right<StartSessionError, void>(undefined),
          (session) => TE.left<StartSessionError, void>({ _tag: 'ActiveSessionExists', session }),
        ),
      ),
      TE.chainW(() =>
        input.goal === 'RECOMMENDATION' && this.recommendationCost > 0
          ? pipe(
              scope.tokens.debit({
                user: input.user,
                amount: this.recommendationCost,
                description: TEST_DEBIT_DESCRIPTION,
                at: now,
                reference: token,
              }),
              TE.map(() => undefined),
            )
          : TE.right(undefined),
      ),
      TE.chainW(() =>
        scope.sessions.insert({
          user_id: input.user,
          session_token: token,
          persona_type: persona,
          test_goal: input.goal,
          target_profession_id: input.goal === 'FIT_CHECK' ? input.targetProfessionId : null,
          uses_ikigai: usesIkigai(input.goal),
          started_at: now,
        }),
      ),
      TE.chainFirstW((session) =>
        scope.history.recordStarted(input.user, session.id, CAREER_PROFILE_CATEGORY_ID, now),
      ),
      TE.chainFirstW((session) => scope.riasec.saveQuestionSet(session.id, questionIds, now)),
      TE.map(() => ({
        session_token: token,
        test_goal: input.goal,
        status: 'riasec_ongoing' as const,
        question_ids: questionIds,
        total_questions: questionIds.length,
        message: `Sesi dimulai. Tampilkan ${questionIds.length} pertanyaan sesuai urutan question_ids.`,
      })),
    );
  }
}
