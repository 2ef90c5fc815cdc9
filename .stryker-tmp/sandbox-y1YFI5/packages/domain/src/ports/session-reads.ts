// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import type { FitCheckRecord } from './fit-check-repository.js';
import type { StoredRecommendation } from './recommendation-repository.js';
import type { RiasecOutcome } from './riasec-repository.js';
import type { IkigaiTotalScoresData } from '../scoring/scores-data.js';

/** The caller's own session together with the rows one read route shows; none when missing or foreign. */
export type OwnedRead<D> = TE.TaskEither<PortError, O.Option<{ readonly session: Session } & D>>;

/**
 * The read side of the result routes: each method answers with one round trip to storage what the
 * repositories answer with several (session, then its rows), because a read route's cost is its round
 * trips (ADR 0012). `composedSessionReads` is the reference behaviour every implementation must match.
 */
export type RiasecRead = OwnedRead<{ readonly outcome: O.Option<RiasecOutcome> }>;
export type IkigaiTotalsRead = OwnedRead<{ readonly totals: O.Option<IkigaiTotalScoresData> }>;
export type FitCheckRead = OwnedRead<{ readonly record: O.Option<FitCheckRecord> }>;
export type RecommendationRead = OwnedRead<{
  readonly outcome: O.Option<RiasecOutcome>;
  readonly recommendation: O.Option<StoredRecommendation>;
}>;

export interface SessionReads {
  riasec(user: UserId, token: SessionToken): RiasecRead;
  ikigaiTotals(user: UserId, token: SessionToken): IkigaiTotalsRead;
  fitCheck(user: UserId, token: SessionToken): FitCheckRead;
  recommendation(user: UserId, token: SessionToken): RecommendationRead;
}
