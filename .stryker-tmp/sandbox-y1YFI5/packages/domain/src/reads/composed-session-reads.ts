// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import type { OwnedRead, SessionReads } from '../ports/session-reads.js';
import type { Repositories } from '../ports/unit-of-work.js';

type Sources = Omit<Repositories, 'reads'>;

/** Looks the session up, then its rows with `detail`; a missing or foreign session ends the read. */
const owned =
  <D>(sources: Sources, detail: (session: Session) => TE.TaskEither<PortError, D>) =>
  (user: UserId, token: SessionToken): OwnedRead<D> =>
    pipe(
      sources.sessions.findOwned(user, token),
      TE.chain(
        O.match(
          () => TE.right(O.none),
          (session) =>
            pipe(
              detail(session),
              TE.map((d) => O.some({ session, ...d })),
            ),
        ),
      ),
    );

/**
 * `SessionReads` built from the repositories, one query after another: the reference behaviour (contract
 * tests hold the one-round-trip PostgreSQL reads to it) and the implementation the in-memory fakes use.
 */
export const composedSessionReads = (sources: Sources): SessionReads => ({
  riasec: owned(sources, (session) =>
    pipe(
      sources.riasec.findOutcome(session.id),
      TE.map((outcome) => ({ outcome })),
    ),
  ),
  ikigaiTotals: owned(sources, (session) =>
    pipe(
      sources.ikigai.findScores(session.id),
      TE.map((scores) => ({
        totals: pipe(
          scores,
          O.map((s) => s.totalScores),
        ),
      })),
    ),
  ),
  fitCheck: owned(sources, (session) =>
    pipe(
      sources.fitChecks.find(session.id),
      TE.map((record) => ({ record })),
    ),
  ),
  recommendation: owned(sources, (session) =>
    pipe(
      TE.Do,
      TE.apS('outcome', sources.riasec.findOutcome(session.id)),
      TE.apS('recommendation', sources.recommendations.find(session.id)),
    ),
  ),
});
