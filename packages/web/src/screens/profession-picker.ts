import { api, call } from '../api.js';
import { h } from '../dom.js';
import { describeFailure } from '../errors.js';

export interface ProfessionPicker {
  readonly element: HTMLFieldSetElement;
  selected(): number | undefined;
}

/** Search as you type (kenali's /career-profile/professions), then pick one result as the fit-check target. */
export const professionPicker = (): ProfessionPicker => {
  const input = h('input', {
    type: 'search',
    id: 'profession-search',
    autocomplete: 'off',
    placeholder: 'mis. analis, guru, desainer',
    'aria-describedby': 'profession-status',
  });
  const status = h(
    'p',
    { id: 'profession-status', class: 'muted', 'aria-live': 'polite' },
    'Ketik nama profesi.',
  );
  const results = h('div', { class: 'choices', role: 'radiogroup', 'aria-label': 'Hasil pencarian profesi' });
  let chosen: number | undefined;
  let timer: number | undefined;
  let asked = 0;

  const search = async (): Promise<void> => {
    const q = input.value.trim();
    const ticket = ++asked;
    if (q.length < 2) {
      results.replaceChildren();
      status.textContent = 'Ketik minimal 2 huruf.';
      return;
    }
    status.textContent = 'Mencari…';
    const found = await call(() =>
      api.GET('/api/v1/career-profile/professions', { params: { query: { q, limit: 12 } } }),
    );
    if (ticket !== asked) return; // a later keystroke already asked again
    if (!found.ok) {
      status.textContent = describeFailure(found.failure);
      return;
    }
    status.textContent =
      found.data.length === 0
        ? 'Tidak ada profesi dengan nama itu.'
        : `${found.data.length} profesi ditemukan.`;
    results.replaceChildren(
      ...found.data.map((p) =>
        h(
          'label',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            name: 'target',
            value: p.profession_id,
            checked: p.profession_id === chosen,
          }),
          h(
            'span',
            {},
            h('strong', {}, p.name),
            h('small', {}, p.riasec_code ? `Kode ${p.riasec_code}` : 'Belum berkode'),
          ),
        ),
      ),
    );
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 250);
  });
  results.addEventListener('change', (event) => {
    chosen = Number((event.target as HTMLInputElement).value);
  });

  const element = h(
    'fieldset',
    {},
    h('legend', {}, 'Profesi tujuan'),
    h('label', { for: 'profession-search' }, 'Cari profesi'),
    input,
    status,
    results,
  );
  return { element, selected: () => chosen };
};
