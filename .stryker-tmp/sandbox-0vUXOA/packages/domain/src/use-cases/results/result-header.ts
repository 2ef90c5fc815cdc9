// @ts-nocheck
import { RIASEC_LETTER_NAMES, isRiasecLetter } from '../../model/riasec-letter.js';
import type { Completed } from '../../model/session.js';
import type { UserSummary } from '../../ports/user-directory.js';

/** Points are a product rule nobody implemented upstream either; the field says so instead of lying. */
export const TODO_POINTS = 'Poin Rextra untuk tes ini belum diberikan; fitur poin masih dalam pengembangan.';

const FALLBACK_FIRST_NAME = 'Pengguna';

/** First word of `users.fullname` (upstream §5.1), "Pengguna" when the name is empty. */
export const firstName = (fullname: string | null): string =>
  fullname?.trim().split(/\s+/)[0] || FALLBACK_FIRST_NAME;

/** Letter names of a code in code order, e.g. "IRC" → Investigative, Realistic, Conventional. */
export const topTypeNames = (code: string): string[] =>
  [...code].filter(isRiasecLetter).map((letter) => RIASEC_LETTER_NAMES[letter]);

/** Whole minutes from start to finish, at least 1 so a fast test never shows "0 menit" (REXTRA-AI). */
export const testDurationMinutes = (session: Completed): number =>
  Math.max(1, Math.floor((session.completed_at.getTime() - session.started_at.getTime()) / 60_000));

export interface ResultHeader {
  readonly session_token: string;
  readonly user_first_name: string;
  readonly test_completed_at: string | null;
}

export const resultHeader = (caller: UserSummary, session: Completed): ResultHeader => ({
  session_token: session.session_token,
  user_first_name: firstName(caller.fullname),
  test_completed_at: session.completed_at.toISOString(),
});
