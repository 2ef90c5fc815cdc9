import type { components } from '@kenali/client';
import { api, call, fetchCard } from '../api.js';
import { alertBox, bar, h, list, setAlert, show } from '../dom.js';
import { describeFailure, failureView } from '../errors.js';
import { go } from '../nav.js';
import { type Goal, clearProgress, loadProgress } from '../progress.js';
import { BREAKDOWN_LABELS, DIMENSION_ORDER, DIMENSION_SHORT } from '../texts.js';

type Recommendation = components['schemas']['RecommendationResult'];
type FitCheck = components['schemas']['FitCheckResult'];
type Personality = components['schemas']['PersonalityResult'];

const path = (token: string) => ({ params: { path: { session_token: token } } });

const recommendationPanel = (result: Recommendation): Node[] => [
  h(
    'p',
    { class: 'lead' },
    `Kode ${result.riasec_summary.riasec_code} · ${result.riasec_summary.riasec_title}`,
  ),
  ...result.recommended_professions.map((p) =>
    h(
      'article',
      { class: 'card profession' },
      h('h3', {}, `${p.rank}. ${p.profession_name}`),
      h(
        'p',
        { class: 'match' },
        `Kecocokan ${p.match_percentage.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`,
      ),
      h('p', {}, p.match_reasoning),
      h('h4', {}, 'Rincian skor Ikigai'),
      ...Object.entries(BREAKDOWN_LABELS)
        .filter(([name]) => typeof p.score_breakdown[name] === 'number')
        .map(([name, label]) => {
          const value = p.score_breakdown[name] ?? 0;
          // A dimension scores 0–25 (text 0–15 + choice 0–10); intrinsic and extrinsic are two of them, 0–50.
          return bar(label, value, name.startsWith('score_') ? 25 : 50);
        }),
      h(
        'p',
        { class: 'muted' },
        `RIASEC: kode profesi ${p.riasec_alignment.profession_code}, kesesuaian ${p.riasec_alignment.congruence_type}.`,
      ),
    ),
  ),
  h('h3', {}, 'Ringkasan Ikigai-mu'),
  h(
    'dl',
    {},
    DIMENSION_ORDER.flatMap((key) => [
      h('dt', {}, DIMENSION_SHORT[key]),
      h('dd', {}, result.ikigai_profile_summary[key]),
    ]),
  ),
];

const fitCheckPanel = (result: FitCheck): Node[] => {
  const verdict = result.fit_check_result;
  const stars = '★'.repeat(verdict.match_stars) + '☆'.repeat(3 - verdict.match_stars);
  return [
    h(
      'p',
      { class: 'lead' },
      `Profesi tujuan: ${result.target_profession.name} (${result.target_profession.riasec_code})`,
    ),
    h(
      'div',
      { class: `card verdict verdict-${verdict.match_category.toLowerCase()}` },
      h('p', { class: 'stars', 'aria-label': `${verdict.match_stars} dari 3 bintang` }, stars),
      h('h3', {}, verdict.match_label),
      h('p', {}, `Kodemu ${result.user_riasec.riasec_code} · ${result.user_riasec.riasec_title}`),
    ),
    h('p', {}, verdict.explanation.meaning),
    list(verdict.explanation.reason_points),
    h('p', {}, verdict.explanation.implication),
    h('h3', {}, 'Langkah berikutnya'),
    list(verdict.explanation.next_steps),
  ];
};

const personalityPanel = (result: Personality): Node[] => [
  h('p', { class: 'lead' }, `${result.riasec_code} · ${result.riasec_title}`),
  ...result.about_code.split('\n').map((line) => h('p', {}, line)),
  ...(
    [
      ['Kekuatan', result.strengths],
      ['Tantangan', result.challenges],
      ['Strategi', result.strategies],
      ['Gaya berinteraksi', result.interaction_styles],
      ['Lingkungan kerja', result.work_environments],
    ] as const
  ).flatMap(([title, items]) => (items.length ? [h('h3', {}, title), list(items)] : [])),
];

const cardPanel = (token: string): Node[] => {
  const holder = h('div', { class: 'result-card', 'aria-live': 'polite' }, 'Memuat kartu…');
  void (async () => {
    const card = await fetchCard(token);
    if (!card.ok) return holder.replaceChildren(describeFailure(card.failure));
    const url = URL.createObjectURL(new Blob([card.data], { type: 'image/svg+xml' }));
    const title = /<title[^>]*>([^<]*)<\/title>/.exec(card.data)?.[1] ?? 'Kartu hasil tes';
    holder.replaceChildren(
      h('img', { src: url, alt: title, width: 600, height: 780 }),
      h('a', { class: 'btn secondary', href: url, download: 'kartu-kenali.svg' }, 'Unduh kartu (SVG)'),
    );
  })();
  return [holder];
};

/** Tabs as the WAI-ARIA pattern: buttons with role=tab switching panels. */
const tabs = (entries: readonly [string, () => Node[]][]): HTMLElement => {
  const bar = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Bagian hasil' });
  const panel = h('section', { class: 'tab-panel', role: 'tabpanel', id: 'tab-panel', tabindex: 0 });
  const buttons = entries.map(([label], i) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${i}`,
        'aria-controls': 'tab-panel',
        onclick: () => select(i),
      },
      label,
    ),
  );
  const select = (index: number): void => {
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', `tab-${index}`);
    panel.replaceChildren(...(entries[index]?.[1]() ?? []));
  };
  bar.append(...buttons);
  select(0);
  return h('div', {}, bar, panel);
};

export const resultScreen = (token: string, goal?: Goal): void => {
  const alert = alertBox();
  show(h('h1', {}, 'Memuat hasil…'), alert);
  const kind = goal ?? loadProgress()?.goal ?? 'RECOMMENDATION';
  void (async () => {
    const [main, personality] = await Promise.all([
      kind === 'FIT_CHECK'
        ? call(() => api.GET('/api/v1/career-profile/result/fit-check/{session_token}', path(token)))
        : call(() => api.GET('/api/v1/career-profile/result/recommendation/{session_token}', path(token))),
      call(() => api.GET('/api/v1/career-profile/result/personality/{session_token}', path(token))),
    ]);
    if (!main.ok) {
      return setAlert(
        alert,
        ...failureView(
          main.failure,
          () => resultScreen(token, goal),
          () => go().signIn(),
        ),
      );
    }
    if (loadProgress()?.token === token) clearProgress(); // finished: nothing left to resume
    const first: [string, () => Node[]] =
      kind === 'FIT_CHECK'
        ? ['Kecocokan', () => fitCheckPanel(main.data as FitCheck)]
        : ['Rekomendasi', () => recommendationPanel(main.data as Recommendation)];
    show(
      h('h1', {}, kind === 'FIT_CHECK' ? 'Hasil cek kecocokan' : 'Rekomendasi profesimu'),
      tabs([
        first,
        [
          'Kepribadian',
          () =>
            personality.ok
              ? personalityPanel(personality.data)
              : [h('p', {}, describeFailure(personality.failure))],
        ],
        ['Kartu', () => cardPanel(token)],
      ]),
    );
  })();
};
