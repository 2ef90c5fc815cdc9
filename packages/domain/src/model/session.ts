import type { Persona, TestGoal } from './test-goal.js';
import type { ProfessionId, SessionId, SessionToken, UserId } from './ids.js';

/**
 * Statuses actually written (upstream §2.1, plus `abandoned`: ended by its owner or superseded after it
 * expired — ADR 0018); `ikigai_completed` is never written, so it is not modelled.
 */
export const SESSION_STATUSES = [
  'riasec_ongoing',
  'riasec_completed',
  'ikigai_ongoing',
  'completed',
  'abandoned',
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Statuses that block starting another test (retake protection). */
export const ACTIVE_STATUSES: readonly SessionStatus[] = ['riasec_ongoing', 'ikigai_ongoing'];

interface SessionBase {
  readonly id: SessionId;
  readonly user_id: UserId;
  readonly session_token: SessionToken;
  readonly persona_type: Persona;
  readonly test_goal: TestGoal;
  readonly target_profession_id: ProfessionId | null;
  readonly uses_ikigai: boolean;
  readonly started_at: Date;
  readonly algorithm_version: string;
  readonly question_set_version: string;
}

export interface RiasecOngoing extends SessionBase {
  readonly status: 'riasec_ongoing';
}
export interface RiasecCompleted extends SessionBase {
  readonly status: 'riasec_completed';
  readonly riasec_completed_at: Date;
}
export interface IkigaiOngoing extends SessionBase {
  readonly status: 'ikigai_ongoing';
  readonly riasec_completed_at: Date;
}
export interface Completed extends SessionBase {
  readonly status: 'completed';
  readonly riasec_completed_at: Date;
  readonly ikigai_completed_at: Date | null;
  readonly completed_at: Date;
}

/** Ended before completion; keeps the RIASEC timestamp it had (null when RIASEC was never submitted). */
export interface Abandoned extends SessionBase {
  readonly status: 'abandoned';
  readonly riasec_completed_at: Date | null;
}

/** A test session; each status carries exactly the timestamps it can have. */
export type Session = RiasecOngoing | RiasecCompleted | IkigaiOngoing | Completed | Abandoned;

export const isActive = (session: Session): boolean => ACTIVE_STATUSES.includes(session.status);

/** An unfinished session idle this long stops blocking new starts (`SESSION_EXPIRY_HOURS`, ADR 0018). */
export const DEFAULT_SESSION_EXPIRY_HOURS = 72;

/**
 * The last moment the session moved: its start or its RIASEC submission. The repository's expiry query
 * uses the same rule (greatest of the two columns).
 */
export const lastActivity = (session: Session): Date =>
  'riasec_completed_at' in session &&
  session.riasec_completed_at &&
  session.riasec_completed_at > session.started_at
    ? session.riasec_completed_at
    : session.started_at;

/** When an unfinished session stops blocking new starts. */
export const expiresAt = (session: Session, expiryHours: number): Date =>
  new Date(lastActivity(session).getTime() + expiryHours * 3_600_000);

export const ALGORITHM_VERSION = '1.0';
export const QUESTION_SET_VERSION = '1.0';
