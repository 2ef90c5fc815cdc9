import { hexagonSvg } from '@kenali/hexagon';
import { action, api, call } from '../api.js';
import { alertBox, button, h, list, setAlert, show } from '../dom.js';
import { failureView } from '../errors.js';
import { go } from '../nav.js';
import { updateProgress } from '../progress.js';
import { LETTERS } from '../texts.js';

/** The six scores as the card's hexagon, inline so it scales with the screen. */
export const hexagon = (
  scores: Record<'R' | 'I' | 'A' | 'S' | 'E' | 'C', number>,
  code: string,
): HTMLElement => {
  const figure = h('figure', { class: 'hexagon' });
  const summary = (Object.keys(LETTERS) as (keyof typeof scores)[])
    .map((letter) => `${LETTERS[letter]} ${scores[letter]}`)
    .join(', ');
  figure.innerHTML =
    `<svg viewBox="-40 0 440 360" role="img" aria-label="Skor RIASEC: ${summary}">` +
    hexagonSvg(scores, { cx: 180, cy: 180, radius: 120, highlight: [...code] }) +
    '</svg>';
  figure.append(h('figcaption', { class: 'muted' }, 'Skor tiap tipe, dari 12 (tengah) sampai 60 (sudut).'));
  return figure;
};

const section = (title: string, items: readonly string[]): HTMLElement | null =>
  items.length === 0 ? null : h('details', {}, h('summary', {}, title), list(items));

export const riasecResultScreen = (token: string): void => {
  const alert = alertBox();
  show(h('h1', {}, 'Memuat hasil RIASEC…'), alert);
  void (async () => {
    const loaded = await call(() =>
      api.GET('/api/v1/career-profile/riasec/result/{session_token}', {
        params: { path: { session_token: token } },
      }),
    );
    if (!loaded.ok) {
      setAlert(
        alert,
        ...failureView(
          loaded.failure,
          () => riasecResultScreen(token),
          () => go().signIn(),
        ),
      );
      return;
    }
    const result = loaded.data;
    const info = result.riasec_code_info;
    const goal = result.test_goal === 'FIT_CHECK' ? 'FIT_CHECK' : 'RECOMMENDATION';
    updateProgress({ goal, stage: result.status === 'completed' ? 'result' : 'riasec-result' });
    const ids = result.candidates.map((c) => c.profession_id).slice(0, 50);
    const names = ids.length
      ? await call(() =>
          api.GET('/api/v1/career-profile/professions', {
            params: { query: { ids: ids.join(','), limit: 50 } },
          }),
        )
      : undefined;
    const nameOf = new Map(names?.ok ? names.data.map((p) => [p.profession_id, p.name]) : []);
    const candidates = h(
      'ol',
      { class: 'candidates' },
      result.candidates
        .filter((c) => c.is_display_candidate)
        .map((c) => h('li', {}, nameOf.get(c.profession_id) ?? `Profesi #${c.profession_id}`)),
    );
    const others = result.candidates.filter((c) => !c.is_display_candidate);
    show(
      h('h1', {}, `Kode RIASEC-mu: ${info.riasec_code}`),
      h('p', { class: 'lead' }, info.riasec_title),
      hexagon(result.scores, info.riasec_code),
      result.validity_warning ? h('p', { class: 'notice' }, result.validity_warning) : null,
      h('p', {}, info.riasec_description),
      section('Kekuatan', info.strengths),
      section('Tantangan', info.challenges),
      section('Strategi', info.strategies),
      section('Lingkungan kerja yang cocok', info.work_environments),
      section('Gaya berinteraksi', info.interaction_styles),
      goal === 'RECOMMENDATION'
        ? h(
            'section',
            {},
            h('h2', {}, `Kandidat profesi (${result.total_candidates})`),
            h('p', { class: 'muted' }, 'Lima teratas ini yang akan kamu nilai di langkah Ikigai.'),
            candidates,
            others.length
              ? h(
                  'details',
                  {},
                  h('summary', {}, `${others.length} kandidat lainnya`),
                  list(others.map((c) => nameOf.get(c.profession_id) ?? `Profesi #${c.profession_id}`)),
                )
              : null,
          )
        : null,
      nextStep(token, result.next_step, result.status, alert),
      alert,
    );
  })();
};

const nextStep = (token: string, next: string, status: string, alert: HTMLElement): HTMLElement => {
  if (next === 'fit_check_result' || status === 'completed') {
    return h(
      'div',
      { class: 'actions' },
      button('Lihat hasil akhir', () => go().result(token)),
    );
  }
  if (status === 'ikigai_ongoing') {
    return h(
      'div',
      { class: 'actions' },
      button('Lanjutkan Ikigai', () => go().ikigai(token)),
    );
  }
  const key = action();
  const start = async (): Promise<void> => {
    setAlert(alert, h('p', {}, 'Menyiapkan langkah Ikigai…'));
    const started = await call(() =>
      api.POST('/api/v1/career-profile/ikigai/start', { body: { session_token: token }, ...key }),
    );
    if (!started.ok) {
      setAlert(
        alert,
        ...failureView(
          started.failure,
          () => void start(),
          () => go().signIn(),
        ),
      );
      return;
    }
    updateProgress({ stage: 'ikigai', ikigaiStep: 0 });
    go().ikigai(token);
  };
  return h(
    'div',
    { class: 'actions' },
    button('Lanjut ke Ikigai', () => void start()),
  );
};
