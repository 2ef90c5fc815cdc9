import type { components } from '@kenali/client';
import { action, api, call } from '../api.js';
import { alertBox, button, h, setAlert, show } from '../dom.js';
import { failureView } from '../errors.js';
import { go } from '../nav.js';
import { type Draft, loadProgress, updateProgress } from '../progress.js';
import { DIMENSION_ORDER, DIMENSION_SHORT } from '../texts.js';

type Dimension = components['schemas']['IkigaiDimensions']['dimensions'][number];
type Content = components['schemas']['IkigaiContent'];

let dimensions: readonly Dimension[] | undefined;

export const ikigaiScreen = (token: string): void => {
  const alert = alertBox();
  show(h('h1', {}, 'Memuat langkah Ikigai…'), alert);
  void (async () => {
    if (!dimensions) {
      const loaded = await call(() => api.GET('/api/v1/career-profile/ikigai/dimensions'));
      if (!loaded.ok) return setAlert(alert, ...failureView(loaded.failure, () => ikigaiScreen(token)));
      dimensions = loaded.data.dimensions;
    }
    const content = await call(() =>
      api.GET('/api/v1/career-profile/ikigai/content/{session_token}', {
        params: { path: { session_token: token } },
      }),
    );
    if (!content.ok) {
      return setAlert(
        alert,
        ...failureView(
          content.failure,
          () => ikigaiScreen(token),
          () => go().signIn(),
        ),
      );
    }
    step(token, content.data, Math.min(3, loadProgress()?.ikigaiStep ?? 0));
  })();
};

/** Characters as the server counts them: after trimming, by code point. */
const length = (text: string): number => [...text.trim()].length;

const step = (token: string, content: Content, index: number): void => {
  const key = DIMENSION_ORDER[index] ?? 'what_you_love';
  const dimension = dimensions?.find((d) => d.dimension_key === key);
  const min = dimension?.min_chars ?? 10;
  const max = dimension?.max_chars ?? 2000;
  const draft: Draft = loadProgress()?.drafts[key] ?? { selected: null, text: '' };
  const alert = alertBox();
  const saveDraft = (change: Partial<Draft>): void => {
    const drafts = loadProgress()?.drafts ?? {};
    updateProgress({ drafts: { ...drafts, [key]: { ...(drafts[key] ?? draft), ...change } } });
  };

  const candidates = content.candidates_with_content
    .slice()
    .sort((a, b) => a.display_order - b.display_order)
    .map((c) =>
      h(
        'label',
        { class: 'choice candidate' },
        h('input', {
          type: 'radio',
          name: 'pick',
          value: c.profession_id,
          checked: draft.selected === c.profession_id,
        }),
        h('span', {}, h('strong', {}, c.profession_name), h('small', {}, c.dimension_content[key])),
      ),
    );
  const none = h(
    'label',
    { class: 'choice' },
    h('input', { type: 'radio', name: 'pick', value: 'none', checked: draft.selected === null }),
    h(
      'span',
      {},
      h('strong', {}, 'Belum ada yang cocok'),
      h('small', {}, 'Ceritakan dengan kata-katamu sendiri.'),
    ),
  );
  const helper = h('p', { id: 'reason-help', class: 'muted' });
  const textarea = h('textarea', {
    id: 'reason',
    rows: 5,
    maxlength: max * 2,
    'aria-describedby': 'reason-help reason-count',
  });
  textarea.value = draft.text;
  const counter = h('p', { id: 'reason-count', class: 'counter', 'aria-live': 'polite' });
  const submit = h(
    'button',
    { type: 'submit', class: 'btn primary' },
    index === 3 ? 'Kirim & lihat hasil' : 'Simpan & lanjut',
  );

  const selected = (): number | null => {
    const value = form.querySelector<HTMLInputElement>('input[name="pick"]:checked')?.value;
    return value === undefined || value === 'none' ? null : Number(value);
  };
  const refresh = (): void => {
    const n = length(textarea.value);
    const chosen = selected() !== null;
    helper.textContent =
      (chosen ? dimension?.helper_text_selected : dimension?.helper_text_not_selected) ?? '';
    textarea.placeholder = `Contoh: ${(chosen ? dimension?.example_text_selected : dimension?.example_text_not_selected) ?? ''}`;
    counter.textContent =
      n < min
        ? `${n} karakter — tulis minimal ${min} karakter (kurang ${min - n} lagi).`
        : n > max
          ? `${n} karakter — paling banyak ${max} karakter (lebih ${n - max}).`
          : `${n} dari ${max} karakter — cukup.`;
    counter.classList.toggle('bad', n < min || n > max);
    submit.disabled = n < min || n > max;
  };

  let requestKey = action();
  const send = async (): Promise<void> => {
    submit.disabled = true;
    setAlert(alert, h('p', {}, 'Menyimpan jawaban…'));
    const pick = selected();
    const done = await call(() =>
      api.POST('/api/v1/career-profile/ikigai/submit-dimension', {
        body: {
          session_token: token,
          dimension_name: key,
          selected_profession_id: pick,
          selection_type: pick === null ? 'not_selected' : 'selected',
          reasoning_text: textarea.value.trim(),
        },
        ...requestKey,
      }),
    );
    refresh();
    if (!done.ok) {
      if (done.failure.status !== 0 && done.failure.status < 500 && done.failure.status !== 429)
        requestKey = action();
      return setAlert(
        alert,
        ...failureView(
          done.failure,
          () => void send(),
          () => go().signIn(),
        ),
      );
    }
    if ('status' in done.data && done.data.status === 'completed') {
      updateProgress({ stage: 'result', drafts: {} });
      return go().result(token, 'RECOMMENDATION');
    }
    const remaining = 'dimensions_remaining' in done.data ? done.data.dimensions_remaining : [];
    const next = DIMENSION_ORDER.findIndex((d) => remaining.includes(d));
    updateProgress({ ikigaiStep: next < 0 ? 3 : next });
    step(token, content, next < 0 ? 3 : next);
  };

  const form = h(
    'form',
    {
      class: 'stack',
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!submit.disabled) void send();
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, dimension?.question_prompt ?? DIMENSION_SHORT[key]),
      ...candidates,
      none,
    ),
    h('label', { for: 'reason' }, 'Alasanmu'),
    helper,
    textarea,
    counter,
    alert,
    h(
      'div',
      { class: 'actions split' },
      index > 0
        ? button(
            '‹ Sebelumnya',
            () => {
              updateProgress({ ikigaiStep: index - 1 });
              step(token, content, index - 1);
            },
            'secondary',
          )
        : h('span'),
      submit,
    ),
  );
  form.addEventListener('change', () => {
    saveDraft({ selected: selected() });
    refresh();
  });
  textarea.addEventListener('input', () => {
    saveDraft({ text: textarea.value });
    refresh();
  });
  refresh();

  show(
    h('p', { class: 'step' }, `Ikigai ${index + 1} dari 4`),
    h('progress', { max: 4, value: index, 'aria-label': `Langkah Ikigai ${index + 1} dari 4` }),
    h('h1', {}, dimension?.label_id ?? DIMENSION_SHORT[key]),
    dimension ? h('p', {}, dimension.description) : null,
    form,
  );
};
