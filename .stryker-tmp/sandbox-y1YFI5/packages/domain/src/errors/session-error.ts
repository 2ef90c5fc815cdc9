// @ts-nocheck
import type { SessionStatus } from '../model/session.js';
import type { TestGoal } from '../model/test-goal.js';

/** Why a session cannot take the requested step. Foreign sessions are reported as not found. */
export type SessionError =
  | { readonly _tag: 'SessionNotFound' }
  | {
      readonly _tag: 'WrongStatus';
      readonly actual: SessionStatus;
      readonly expected: readonly SessionStatus[];
    }
  | { readonly _tag: 'WrongGoal'; readonly actual: TestGoal; readonly expected: TestGoal }
  | { readonly _tag: 'IkigaiNotUsed' };

export const sessionNotFound: SessionError = { _tag: 'SessionNotFound' };
export const wrongStatus = (actual: SessionStatus, expected: readonly SessionStatus[]): SessionError => ({
  _tag: 'WrongStatus',
  actual,
  expected,
});
export const wrongGoal = (actual: TestGoal, expected: TestGoal): SessionError => ({
  _tag: 'WrongGoal',
  actual,
  expected,
});
