import { action, api, call } from '../api.js';
import { alertBox, button, h, setAlert, show } from '../dom.js';
import { failureView } from '../errors.js';
import { go } from '../nav.js';
import { type Progress, loadProgress, updateProgress } from '../progress.js';
import { SCALE } from '../texts.js';

const LETTERS = 'RIASEC';
let texts: Map<number, string> | undefined;

/** Item "I3" is question 15: twelve items per letter in the order R, I, A, S, E, C. */
const numberOf = (id: string): number => LETTERS.indexOf(id[0] ?? '') * 12 + Number(id.slice(1));
const letterOf = (question: number): 'R' | 'I' | 'A' | 'S' | 'E' | 'C' =>
  LETTERS[Math.floor((question - 1) / 12)] as 'R' | 'I' | 'A' | 'S' | 'E' | 'C';

let keyHandler: ((event: KeyboardEvent) => void) | undefined;
const onKeys = (handler: ((event: KeyboardEvent) => void) | undefined): void => {
  if (keyHandler) document.removeEventListener('keydown', keyHandler);
  keyHandler = handler;
  if (handler) document.addEventListener('keydown', handler);
};

export const questionScreen = (): void => {
  const progress = loadProgress();
  if (!progress) return go().home();
  if (texts) return render(progress);
  show(h('h1', {}, 'Memuat pernyataan…'));
  void (async () => {
    const loaded = await call(() => api.GET('/api/v1/career-profile/riasec/questions'));
    if (!loaded.ok) {
      const alert = alertBox();
      show(h('h1', {}, 'Pernyataan belum bisa dimuat'), alert);
      setAlert(alert, ...failureView(loaded.failure, questionScreen));
      return;
    }
    texts = new Map(loaded.data.data.map((q) => [numberOf(q.id), q.pertanyaan]));
    render(progress);
  })();
};

const render = (progress: Progress): void => {
  const total = progress.questionIds.length;
  const index = Math.min(progress.index, total - 1);
  const question = progress.questionIds[index] ?? 1;
  const answered = Object.keys(progress.answers).length;
  const current = progress.answers[question];
  const alert = alertBox();

  const move = (to: number): void => {
    const next = updateProgress({ index: Math.max(0, Math.min(total - 1, to)) });
    if (next) render(next);
  };
  const answer = (value: number): void => {
    const saved = loadProgress() ?? progress;
    const next = updateProgress({
      answers: { ...saved.answers, [question]: value },
      answeredAt: { ...saved.answeredAt, [question]: new Date().toISOString() },
      index: Math.min(total - 1, index + 1),
    });
    if (!next) return;
    // The last item stays on screen so the person can send; every other answer moves on.
    if (index === total - 1) render({ ...next, index });
    else render(next);
  };

  const options = h(
    'div',
    { class: 'scale', role: 'radiogroup', 'aria-labelledby': 'question-text' },
    SCALE.map((label, i) =>
      h(
        'button',
        {
          type: 'button',
          class: `scale-option${current === i + 1 ? ' chosen' : ''}`,
          role: 'radio',
          'aria-checked': current === i + 1 ? 'true' : 'false',
          'aria-keyshortcuts': String(i + 1),
          onclick: () => answer(i + 1),
        },
        h('span', { class: 'scale-key', 'aria-hidden': 'true' }, String(i + 1)),
        label,
      ),
    ),
  );
  const complete = answered === total;
  const send = complete ? submitButton(progress, alert) : null;

  onKeys((event) => {
    if (!document.getElementById('question-text')) return onKeys(undefined); // another screen is shown
    if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
    if (event.key >= '1' && event.key <= '5') answer(Number(event.key));
    else if (event.key === 'ArrowLeft') move(index - 1);
    else if (event.key === 'ArrowRight') move(index + 1);
    else return;
    event.preventDefault();
  });

  show(
    h('h1', { class: 'visually-hidden' }, 'Pernyataan RIASEC'),
    h(
      'div',
      { class: 'progress-head' },
      h('span', {}, `Pernyataan ${index + 1} dari ${total}`),
      h('span', {}, `${answered} terjawab`),
    ),
    h('progress', {
      max: total,
      value: answered,
      'aria-label': `${answered} dari ${total} pernyataan terjawab`,
    }),
    h('p', { id: 'question-text', class: 'question' }, texts?.get(question) ?? `Pernyataan ${question}`),
    options,
    h('p', { class: 'muted hint' }, 'Tekan 1–5 untuk menjawab, ← dan → untuk berpindah.'),
    h(
      'div',
      { class: 'actions split' },
      button('‹ Sebelumnya', () => move(index - 1), 'secondary'),
      button('Berikutnya ›', () => move(index + 1), 'secondary'),
    ),
    send,
    alert,
  );
  options.querySelector<HTMLElement>('.chosen')?.focus();
};

const submitButton = (progress: Progress, alert: HTMLElement): HTMLElement => {
  const key = action(); // the 72 answers are one action
  const send = async (): Promise<void> => {
    setAlert(alert, h('p', {}, 'Mengirim jawaban…'));
    const saved = loadProgress() ?? progress;
    const responses = Object.entries(saved.answers).map(([id, value]) => ({
      question_id: Number(id),
      question_type: letterOf(Number(id)),
      answer_value: value,
      answered_at: saved.answeredAt[Number(id)] ?? new Date().toISOString(),
    }));
    const done = await call(() =>
      api.POST('/api/v1/career-profile/riasec/submit', {
        body: { session_token: saved.token, responses },
        ...key,
      }),
    );
    if (!done.ok) {
      setAlert(
        alert,
        ...failureView(
          done.failure,
          () => void send(),
          () => go().signIn(),
        ),
      );
      return;
    }
    onKeys(undefined);
    updateProgress({ stage: 'riasec-result', goal: done.data.test_goal as 'RECOMMENDATION' | 'FIT_CHECK' });
    go().riasecResult(saved.token);
  };
  return h(
    'div',
    { class: 'card done' },
    h('p', {}, 'Semua pernyataan sudah terjawab. Periksa lagi bila perlu, lalu kirim.'),
    button('Kirim jawaban', () => void send()),
  );
};
