import { type Failure, action, api, call } from '../api.js';
import { alertBox, button, h, setAlert, show } from '../dom.js';
import { failureView } from '../errors.js';
import { go } from '../nav.js';
import { CANONICAL_ORDER, type Goal, freshProgress, loadProgress, saveProgress } from '../progress.js';
import { PERSONAS } from '../texts.js';
import { professionPicker } from './profession-picker.js';
import { resumeActive } from './active-session.js';

const radio = (name: string, value: string, label: string, hint: string, checked = false) =>
  h(
    'label',
    { class: 'choice' },
    h('input', { type: 'radio', name, value, checked, required: true }),
    h('span', {}, h('strong', {}, label), h('small', {}, hint)),
  );

export const startScreen = (): void => {
  const alert = alertBox();
  const picker = professionPicker();
  const goals = h(
    'fieldset',
    {},
    h('legend', {}, 'Apa tujuanmu?'),
    radio('goal', 'RECOMMENDATION', 'Cari rekomendasi profesi', 'RIASEC lalu Ikigai; memakai 3 token.', true),
    radio(
      'goal',
      'FIT_CHECK',
      'Cek kecocokan profesi impian',
      'RIASEC lalu perbandingan dengan satu profesi.',
    ),
  );
  const personas = h(
    'fieldset',
    {},
    h('legend', {}, 'Mana yang paling menggambarkan dirimu?'),
    PERSONAS.map((p, i) => radio('persona', p.value, p.label, p.hint, i === 0)),
  );
  const form = h('form', { class: 'stack', novalidate: true }, goals, personas, picker.element, alert);
  const submit = h('button', { type: 'submit', class: 'btn primary' }, 'Mulai tes');
  form.append(
    h(
      'div',
      { class: 'actions' },
      submit,
      button('Batal', () => go().home(), 'link'),
    ),
  );

  const value = (name: string): string =>
    form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  const sync = (): void => {
    const fit = value('goal') === 'FIT_CHECK';
    picker.element.hidden = !fit;
    // A fit check is for people who already have a direction: no Pathfinder persona there.
    const pathfinder = form.querySelector('input[value="PATHFINDER"]') as HTMLInputElement;
    pathfinder.disabled = fit;
    if (fit && pathfinder.checked)
      (form.querySelector('input[value="BUILDER"]') as HTMLInputElement).checked = true;
  };
  form.addEventListener('change', sync);
  sync();

  let key = action(); // one start = one key, kept for "Coba lagi"
  const send = async (): Promise<void> => {
    const goal = value('goal') as Goal;
    const persona = value('persona') as 'PATHFINDER' | 'BUILDER' | 'ACHIEVER';
    if (goal === 'FIT_CHECK' && picker.selected() === undefined) {
      setAlert(alert, h('p', {}, 'Pilih dulu profesi tujuanmu dari hasil pencarian.'));
      return;
    }
    submit.disabled = true;
    setAlert(alert, h('p', {}, 'Memulai tes…'));
    const started =
      goal === 'FIT_CHECK'
        ? await call(() =>
            api.POST('/api/v1/career-profile/fit-check/start', {
              body: {
                persona_type: persona as 'BUILDER' | 'ACHIEVER',
                target_profession_id: picker.selected() ?? 0,
              },
              ...key,
            }),
          )
        : await call(() =>
            api.POST('/api/v1/career-profile/recommendation/start', {
              body: { persona_type: persona },
              ...key,
            }),
          );
    submit.disabled = false;
    if (started.ok) {
      saveProgress(freshProgress(started.data.session_token, started.data.question_ids, goal));
      go().questions();
      return;
    }
    showFailure(started.failure);
  };
  const showFailure = (failure: Failure): void => {
    if (failure.status === 409 && failure.problem?.error === 'active_session_exists') {
      setAlert(
        alert,
        ...resumeActive(failure.problem, () => {
          key = action(); // the start after an abandon is a new action
          void send();
        }),
      );
      return;
    }
    // A business refusal is final for this key; a new attempt after fixing it is a new action.
    if (failure.status < 500 && failure.status !== 0 && failure.status !== 429) key = action();
    setAlert(
      alert,
      ...failureView(
        failure,
        () => void send(),
        () => go().signIn(),
      ),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  show(
    h('h1', {}, 'Mulai tes baru'),
    loadProgress()
      ? h('p', { class: 'muted' }, 'Tes yang belum selesai di peramban ini akan diganti.')
      : null,
    form,
  );
};

export const canonicalProgress = (token: string) => freshProgress(token, CANONICAL_ORDER);
