// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { type SessionError, sessionNotFound, wrongStatus } from '../../errors/session-error.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { IkigaiOngoing, Session } from '../../model/session.js';
import type { Clock } from '../../ports/clock.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { startIkigai } from '../../rules/session-transitions.js';
import type { IkigaiContent, LoadedContent } from './ikigai-content.js';

export type IkigaiContentError = SessionError | PortError | { readonly _tag: 'CandidatesMissing' };

export interface IkigaiContentResponse {
  readonly session_token: string;
  readonly status: 'ikigai_ongoing';
  readonly generated_at: string;
  readonly from_cache: boolean;
  readonly regenerated: boolean;
  readonly total_display_candidates: number;
  readonly total_all_candidates: number;
  readonly user_riasec_code: string;
  readonly message: string;
  readonly candidates_with_content: LoadedContent['candidates'];
}

const MESSAGES = {
  started: 'Sesi Ikigai dimulai dan konten dibuat.',
  fromCache: 'Konten diambil dari cache.',
  regenerated: 'Konten lama kedaluwarsa, konten baru dibuat.',
} as const;

/** Candidates and content of an Ikigai session, shaped as the content response (upstream §4.5). */
export const contentResponse = (
  repos: Repositories,
  content: IkigaiContent,
  session: IkigaiOngoing,
  onMiss: keyof typeof MESSAGES,
): TE.TaskEither<IkigaiContentError, IkigaiContentResponse> =>
  pipe(
    repos.riasec.findOutcome(session.id),
    TE.chainW(TE.fromOption((): IkigaiContentError => ({ _tag: 'CandidatesMissing' }))),
    TE.chainW((outcome) =>
      pipe(
        content.load(session.session_token, outcome.candidates_data.candidates),
        TE.map((loaded) => ({
          session_token: session.session_token,
          status: 'ikigai_ongoing' as const,
          generated_at: loaded.generated_at,
          from_cache: loaded.from_cache,
          regenerated: !loaded.from_cache,
          total_display_candidates: loaded.candidates.length,
          total_all_candidates: outcome.candidates_data.candidates.length,
          user_riasec_code: outcome.riasec_code,
          message: loaded.from_cache ? MESSAGES.fromCache : MESSAGES[onMiss],
          candidates_with_content: loaded.candidates,
        })),
      ),
    ),
  );

/**
 * POST /ikigai/start (upstream §4.2, MD 3 order): 404 foreign, 400 FIT_CHECK / wrong goal / wrong status;
 * riasec_completed → ikigai_ongoing plus the empty answer row in one transaction; idempotent on ikigai_ongoing.
 * Content is produced after the commit: an AI call never holds a transaction open.
 */
export class StartIkigai {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: Repositories,
    private readonly content: IkigaiContent,
    private readonly clock: Clock,
  ) {}

  execute(user: UserId, token: SessionToken): TE.TaskEither<IkigaiContentError, IkigaiContentResponse> {
    return pipe(
      this.uow.run((scope) =>
        pipe(
          scope.sessions.findOwnedForUpdate(user, token),
          TE.chainW(TE.fromOption((): IkigaiContentError => sessionNotFound)),
          TE.chainW((session) => TE.fromEither(startIkigai(session))),
          TE.chainFirstW(({ session, changed }) =>
            changed
              ? pipe(
                  scope.sessions.saveTransition(session),
                  TE.chain(() => scope.ikigai.ensureResponseRow(session.id, this.clock.now())),
                )
              : TE.right(undefined),
          ),
        ),
      ),
      TE.chainW(({ session }) => contentResponse(this.repos, this.content, session, 'started')),
    );
  }
}

/** GET /ikigai/content/{token}: same checks, status must be ikigai_ongoing; cache miss regenerates. */
export class GetIkigaiContent {
  constructor(
    private readonly repos: Repositories,
    private readonly content: IkigaiContent,
  ) {}

  execute(user: UserId, token: SessionToken): TE.TaskEither<IkigaiContentError, IkigaiContentResponse> {
    return pipe(
      this.repos.sessions.findOwned(user, token),
      TE.chainW(TE.fromOption((): IkigaiContentError => sessionNotFound)),
      TE.chainW((session) => TE.fromEither(requireIkigaiOngoing(session))),
      TE.chainW((session) => contentResponse(this.repos, this.content, session, 'regenerated')),
    );
  }
}

/** Flag, goal and status checks in upstream order, for routes that need a running Ikigai phase. */
export const requireIkigaiOngoing = (session: Session): E.Either<SessionError, IkigaiOngoing> =>
  pipe(
    startIkigai(session),
    E.chain(({ session: next }) =>
      session.status === 'ikigai_ongoing'
        ? E.right(next)
        : E.left(wrongStatus(session.status, ['ikigai_ongoing'])),
    ),
  );
