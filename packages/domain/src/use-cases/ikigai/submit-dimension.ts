import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { type SessionError, sessionNotFound, wrongStatus } from '../../errors/session-error.js';
import {
  type DimensionAnswer,
  type DimensionAnswers,
  type DimensionKey,
  type SelectionType,
  DIMENSION_KEYS,
  answeredDimensions,
  remainingDimensions,
} from '../../model/dimension.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { IkigaiOngoing, Session } from '../../model/session.js';
import type { Clock } from '../../ports/clock.js';
import type { TransactionScope, UnitOfWork } from '../../ports/unit-of-work.js';
import { type InvalidDimensionAnswer, checkDimensionAnswer } from '../../rules/dimension-answer.js';
import type { IkigaiCompletionResponse } from '../../scoring/completion-response.js';
import type { FinalizeError, FinalizeIkigai } from './finalize-ikigai.js';
import { requireIkigaiOngoing } from './start-ikigai.js';

export interface SubmitDimensionInput {
  readonly user: UserId;
  readonly token: SessionToken;
  readonly dimension: DimensionKey;
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  readonly reasoning_text: string;
}

export interface DimensionSubmitResponse {
  readonly session_token: string;
  readonly dimension_saved: DimensionKey;
  readonly dimensions_completed: DimensionKey[];
  readonly dimensions_remaining: DimensionKey[];
  readonly all_completed: false;
  readonly message: string;
}

export type SubmitDimensionError =
  | InvalidDimensionAnswer
  | SessionError
  | PortError
  | FinalizeError
  | { readonly _tag: 'DimensionAlreadyAnswered'; readonly dimension: DimensionKey }
  | { readonly _tag: 'ProfessionNotCandidate'; readonly profession_id: number }
  | { readonly _tag: 'CandidatesMissing' };

type Saved = { readonly session: Session; readonly answers: DimensionAnswers };

const sameAnswer = (a: DimensionAnswer, b: Omit<DimensionAnswer, 'answered_at'>): boolean =>
  a.selected_profession_id === b.selected_profession_id &&
  a.selection_type === b.selection_type &&
  a.reasoning_text === b.reasoning_text;

/**
 * POST /ikigai/submit-dimension (upstream §4.7, decisions §4 (24–26)). An answer is written once and never
 * overwritten (a different second answer is 400); re-sending the identical answer is a retry and succeeds
 * again, and when all four are stored it resumes an interrupted scoring run instead of failing.
 */
export class SubmitDimension {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly finalize: FinalizeIkigai,
    private readonly clock: Clock,
  ) {}

  execute(
    input: SubmitDimensionInput,
  ): TE.TaskEither<SubmitDimensionError, DimensionSubmitResponse | IkigaiCompletionResponse> {
    return pipe(
      TE.fromEither(checkDimensionAnswer(input)),
      TE.chainW((checked) => this.uow.run((scope) => this.saveAnswer(scope, { ...input, ...checked }))),
      TE.chainW(
        ({
          session,
          answers,
        }): TE.TaskEither<SubmitDimensionError, DimensionSubmitResponse | IkigaiCompletionResponse> =>
          DIMENSION_KEYS.every((k) => answers[k] !== undefined)
            ? this.finalize.execute(session, answers)
            : TE.right({
                session_token: session.session_token,
                dimension_saved: input.dimension,
                dimensions_completed: answeredDimensions(answers),
                dimensions_remaining: remainingDimensions(answers),
                all_completed: false,
                message: `Jawaban disimpan. Sisa ${remainingDimensions(answers).length} dimensi lagi.`,
              }),
      ),
    );
  }

  /** One answer inside the caller's transaction (also used by the one-request assessment submit). */
  saveAnswer(
    scope: TransactionScope,
    input: SubmitDimensionInput,
  ): TE.TaskEither<SubmitDimensionError, Saved> {
    const answer: DimensionAnswer = {
      selected_profession_id: input.selected_profession_id,
      selection_type: input.selection_type,
      reasoning_text: input.reasoning_text,
      answered_at: this.clock.now().toISOString(),
    };
    return pipe(
      scope.sessions.findOwnedForUpdate(input.user, input.token),
      TE.chainW(TE.fromOption((): SubmitDimensionError => sessionNotFound)),
      TE.chainW((found) =>
        found.status === 'completed' && found.uses_ikigai
          ? this.retryAfterCompletion(scope, found, input)
          : this.saveInto(scope, found, input, answer),
      ),
    );
  }

  /** The same answer sent again after scoring finished is a late retry: it gets the completion again. */
  private retryAfterCompletion(
    scope: TransactionScope,
    session: Session,
    input: SubmitDimensionInput,
  ): TE.TaskEither<SubmitDimensionError, Saved> {
    return pipe(
      scope.ikigai.findAnswers(session.id),
      TE.chainW((answers) => {
        const existing = answers[input.dimension];
        return existing && sameAnswer(existing, input)
          ? TE.right({ session, answers })
          : TE.left<SubmitDimensionError, Saved>(wrongStatus(session.status, ['ikigai_ongoing']));
      }),
    );
  }

  private saveInto(
    scope: TransactionScope,
    found: Session,
    input: SubmitDimensionInput,
    answer: DimensionAnswer,
  ): TE.TaskEither<SubmitDimensionError, Saved> {
    const alreadyAnswered = (): SubmitDimensionError => ({
      _tag: 'DimensionAlreadyAnswered',
      dimension: input.dimension,
    });
    return pipe(
      TE.fromEither(requireIkigaiOngoing(found)),
      TE.bindTo('session'),
      TE.bindW('answers', ({ session }) => scope.ikigai.openAnswers(session.id, this.clock.now())),
      TE.chainW(({ session, answers }) => {
        const existing = answers[input.dimension];
        // A retry of the very same answer is not a change: it succeeds again (and resumes scoring if due).
        if (existing)
          return sameAnswer(existing, input) ? TE.right({ session, answers }) : TE.left(alreadyAnswered());
        return pipe(
          this.checkCandidate(scope, session, input.selected_profession_id),
          TE.chainW(() => scope.ikigai.saveAnswer(session.id, input.dimension, answer)),
          TE.chainW((saved) =>
            saved
              ? TE.right({ session, answers: { ...answers, [input.dimension]: answer } })
              : TE.left(alreadyAnswered()),
          ),
        );
      }),
    );
  }

  /** The selected profession must be one of this session's candidates (display or pool). */
  private checkCandidate(
    scope: TransactionScope,
    session: IkigaiOngoing,
    id: number | null,
  ): TE.TaskEither<SubmitDimensionError, void> {
    if (id === null) return TE.right(undefined);
    return pipe(
      scope.riasec.findOutcome(session.id),
      TE.chainW(TE.fromOption((): SubmitDimensionError => ({ _tag: 'CandidatesMissing' }))),
      TE.chainEitherKW((outcome) =>
        outcome.candidates_data.candidates.some((c) => Number(c.profession_id) === id)
          ? E.right(undefined)
          : E.left<SubmitDimensionError>({ _tag: 'ProfessionNotCandidate', profession_id: id }),
      ),
    );
  }
}
