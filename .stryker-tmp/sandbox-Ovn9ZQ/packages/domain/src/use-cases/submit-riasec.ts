// @ts-nocheck
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

export type SubmitRiasecError =
  | SessionError
  | RiasecError
  | PortError
  | { readonly _tag: 'QuestionSetMissing' }
  | { readonly _tag: 'TargetProfessionNotFound'; readonly profession_id: number | null }
  | { readonly _tag: 'TargetProfessionUnclassified'; readonly profession_id: number };

type Step<A> = TE.TaskEither<SubmitRiasecError, A>;

/**
 * RIASEC submit (upstream §3.2 order). The session row is locked first, so a concurrent duplicate sees
 * the new status and is refused; every write commits together or not at all.
 */
export class SubmitRiasec {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(input: SubmitRiasecInput): TE.TaskEither<SubmitRiasecError, RiasecResponse> {
    return this.uow.run((scope) => this.inTransaction(scope, input));
  }

  private inTransaction(scope: TransactionScope, input: SubmitRiasecInput): Step<RiasecResponse> {
    const now = this.clock.now();
    return pipe(
      scope.sessions.findOwnedForUpdate(input.user, input.token),
      TE.chainW(TE.fromOption((): SubmitRiasecError => sessionNotFound)),
      TE.chainW((session) =>
        pipe(
          completeRiasec(session, now),
          E.map((next) => ({ session, next })),
          TE.fromEither,
        ),
      ),
      TE.chainW(({ session, next }) =>
        pipe(
          scope.riasec.findQuestionSet(session.id),
          TE.chainW(TE.fromOption((): SubmitRiasecError => ({ _tag: 'QuestionSetMissing' }))),
          TE.chainW((questionIds) => this.compute(scope, input, questionIds, now)),
          TE.chainW(({ result, code }) => this.persist(scope, session, next, input, result, now, code)),
        ),
      ),
    );
  }

  private compute(
    scope: TransactionScope,
    input: SubmitRiasecInput,
    questionIds: readonly number[],
    now: Date,
  ): Step<{ result: RiasecSubmitResult; code: RiasecCodeRecord }> {
    return pipe(
      TE.Do,
      TE.apSW('codes', scope.catalogue.codes()),
      TE.apSW('professions', scope.catalogue.professionsByCode()),
      TE.chainEitherKW(({ codes, professions }) =>
        pipe(
          computeRiasecSubmit({
            answers: input.answers,
            questionIds,
            findProfessionsByCode: (code) => professions.get(code) ?? [],
            findCodeId: (code) => codes.get(code)?.id,
            generatedAt: now.toISOString(),
          }),
          // computeRiasecSubmit only succeeds when the code exists, so the record is present.
          E.map((result) => ({ result, code: codes.get(result.riasec_code) as RiasecCodeRecord })),
        ),
      ),
    );
  }

  private persist(
    scope: TransactionScope,
    before: Session,
    after: Session,
    input: SubmitRiasecInput,
    result: RiasecSubmitResult,
    now: Date,
    code: RiasecCodeRecord,
  ): Step<RiasecResponse> {
    const outcome: RiasecOutcome = {
      scores: result.scores,
      riasec_code_id: result.riasec_code_id,
      riasec_code: result.riasec_code,
      classification_type: result.classification_type,
      is_inconsistent_profile: result.is_inconsistent_profile,
      candidates_data: result.candidates_data,
    };
    return pipe(
      before.test_goal === 'FIT_CHECK' ? this.fitCheck(scope, before, result, now) : TE.right(undefined),
      TE.chainW(() =>
        scope.riasec.saveSubmission({ ...outcome, session: before.id, answers: input.answers, at: now }),
      ),
      TE.chainW(() => scope.sessions.saveTransition(after)),
      TE.chainW(() =>
        after.status === 'completed' ? recordCompletion(scope, after, now) : TE.right(undefined),
      ),
      TE.map(() => riasecResponse(after, outcome, code, result.validity_warning)),
    );
  }

  /** FIT_CHECK finishes at RIASEC submit: classify the user's code against the target profession. */
  private fitCheck(
    scope: TransactionScope,
    session: Session,
    result: RiasecSubmitResult,
    now: Date,
  ): Step<void> {
    const targetId = session.target_profession_id;
    if (targetId === null) return TE.left({ _tag: 'TargetProfessionNotFound', profession_id: null });
    return pipe(
      scope.catalogue.profiles([targetId]),
      TE.chainW((found) => {
        const target = found[0];
        if (!target)
          return TE.left<SubmitRiasecError, never>({
            _tag: 'TargetProfessionNotFound',
            profession_id: targetId,
          });
        if (target.riasec_code === null || target.riasec_code_id === null) {
          return TE.left<SubmitRiasecError, never>({
            _tag: 'TargetProfessionUnclassified',
            profession_id: targetId,
          });
        }
        return scope.fitChecks.save({
          ...classifyFit(result.riasec_code, target.riasec_code),
          session: session.id,
          profession_id: targetId,
          user_riasec_code_id: result.riasec_code_id,
          profession_riasec_code_id: target.riasec_code_id,
          created_at: now,
        });
      }),
    );
  }
}
