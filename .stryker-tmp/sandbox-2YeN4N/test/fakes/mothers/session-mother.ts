// @ts-nocheck
import type { NewSession, Persona, ProfessionId, Session, SessionStatus, UserId } from '@kenali/domain';
import { PERSONAS_BY_GOAL, SessionToken } from '@kenali/domain';
import { pick, uuid } from './random.js';

const DEFAULT_START = new Date('2026-03-01T08:00:00.000Z');

/** New sessions as StartSession would insert them. */
export const SessionMother = {
  recommendation(user: UserId, overrides: Partial<NewSession> = {}): NewSession {
    return {
      user_id: user,
      session_token: SessionToken(uuid()),
      persona_type: pick(PERSONAS_BY_GOAL.RECOMMENDATION),
      test_goal: 'RECOMMENDATION',
      target_profession_id: null,
      uses_ikigai: true,
      started_at: DEFAULT_START,
      ...overrides,
    };
  },

  fitCheck(user: UserId, target: ProfessionId, overrides: Partial<NewSession> = {}): NewSession {
    return {
      user_id: user,
      session_token: SessionToken(uuid()),
      persona_type: pick<Persona>(PERSONAS_BY_GOAL.FIT_CHECK),
      test_goal: 'FIT_CHECK',
      target_profession_id: target,
      uses_ikigai: false,
      started_at: DEFAULT_START,
      ...overrides,
    };
  },

  /** `session` moved on to `status` at `at`, carrying exactly the timestamps that status has. */
  advanced(session: Session, status: SessionStatus, at: Date): Session {
    const base = {
      id: session.id,
      user_id: session.user_id,
      session_token: session.session_token,
      persona_type: session.persona_type,
      test_goal: session.test_goal,
      target_profession_id: session.target_profession_id,
      uses_ikigai: session.uses_ikigai,
      started_at: session.started_at,
      algorithm_version: session.algorithm_version,
      question_set_version: session.question_set_version,
    };
    switch (status) {
      case 'riasec_ongoing':
        return { ...base, status };
      case 'riasec_completed':
      case 'ikigai_ongoing':
        return { ...base, status, riasec_completed_at: at };
      case 'completed':
        return {
          ...base,
          status,
          riasec_completed_at: at,
          ikigai_completed_at: session.uses_ikigai ? new Date(at.getTime() + 60_000) : null,
          completed_at: session.uses_ikigai ? new Date(at.getTime() + 60_000) : at,
        };
    }
  },
};
