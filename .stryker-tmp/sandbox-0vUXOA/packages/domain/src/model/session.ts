// @ts-nocheck
import type { Persona, TestGoal } from './test-goal.js';
import type { ProfessionId, SessionId, SessionToken, UserId } from './ids.js';

/** Statuses actually written (upstream §2.1); `ikigai_completed` is never written, so it is not modelled. */
export const SESSION_STATUSES = [
  'riasec_ongoing',
  'riasec_completed',
  'ikigai_ongoing',
  'completed',
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

/** A test session; each status carries exactly the timestamps it can have. */
export type Session = RiasecOngoing | RiasecCompleted | IkigaiOngoing | Completed;

export const isActive = (session: Session): boolean => ACTIVE_STATUSES.includes(session.status);

export const ALGORITHM_VERSION = '1.0';
export const QUESTION_SET_VERSION = '1.0';
