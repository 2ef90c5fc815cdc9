import { type Problem, action, api, call } from '../api.js';
import { button, h } from '../dom.js';
import { describeFailure } from '../errors.js';
import { go } from '../nav.js';
import {
  CANONICAL_ORDER,
  type Stage,
  clearProgress,
  freshProgress,
  loadProgress,
  saveProgress,
} from '../progress.js';
import { STATUS_LABELS, dateTime } from '../texts.js';

const STAGE_OF: Readonly<Record<string, Stage>> = {
  riasec_ongoing: 'questions',
  riasec_completed: 'riasec-result',
  ikigai_ongoing: 'ikigai',
};

/** Continues a session this browser may not know (started on another device): from its server status. */
const continueSession = (token: string, status: string): void => {
  const local = loadProgress();
  const stage = STAGE_OF[status] ?? 'riasec-result';
  // Local answers of the same session are kept; otherwise the 72 items come in their usual order.
  const base = local?.token === token ? local : freshProgress(token, CANONICAL_ORDER);
  saveProgress({ ...base, stage });
  if (stage === 'questions') go().questions();
  else if (stage === 'ikigai') go().ikigai(token);
  else go().riasecResult(token);
};

/**
 * The 409 "another test is still running" answer: the two ways out it names, as buttons. Abandoning uses
 * the abandon route (owner only, no refund) and then runs `afterAbandon` (the start the person asked for).
 */
export const resumeActive = (problem: Problem, afterAbandon: () => void): Node[] => {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const token = text(problem.active_session_token);
  const status = text(problem.active_session_status);
  const started =
    typeof problem.active_session_started_at === 'string' ? problem.active_session_started_at : null;
  const note = h('p', { class: 'muted', 'aria-live': 'polite' });
  const key = action();
  const abandon = async (): Promise<void> => {
    note.textContent = 'Mengakhiri tes sebelumnya…';
    const done = await call(() =>
      api.POST('/api/v1/career-profile/sessions/{session_token}/abandon', {
        params: { path: { session_token: token } },
        ...key,
      }),
    );
    if (!done.ok) {
      note.textContent = describeFailure(done.failure);
      return;
    }
    if (loadProgress()?.token === token) clearProgress();
    note.textContent = 'Tes sebelumnya sudah diakhiri.';
    afterAbandon();
  };
  return [
    h(
      'p',
      {},
      `Kamu masih punya tes yang belum selesai (${STATUS_LABELS[status] ?? status}, dimulai ${dateTime(started)}). `,
      'Lanjutkan tes itu, atau akhiri dulu untuk memulai yang baru. Token tes yang diakhiri tidak dikembalikan.',
    ),
    h(
      'div',
      { class: 'actions' },
      button('Lanjutkan tes itu', () => continueSession(token, status)),
      button('Akhiri tes itu dan mulai baru', () => void abandon(), 'danger'),
    ),
    note,
  ];
};
