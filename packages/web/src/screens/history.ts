import { api, call } from '../api.js';
import { alertBox, button, h, setAlert, show } from '../dom.js';
import { failureView } from '../errors.js';
import { go } from '../nav.js';
import { STATUS_LABELS, dateTime } from '../texts.js';

/** The user's tests, newest first (GET /history/), and the active career profile. */
export const historyScreen = (): void => {
  const alert = alertBox();
  show(h('h1', {}, 'Riwayat tes'), alert);
  void (async () => {
    const [rows, profile] = await Promise.all([
      call(() => api.GET('/api/v1/history/')),
      call(() => api.GET('/api/v1/career-profile/user-profile')),
    ]);
    if (!rows.ok) return setAlert(alert, ...failureView(rows.failure, historyScreen, () => go().signIn()));
    const active = profile.ok && profile.data.has_active_profile ? profile.data : undefined;
    const table = h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, 'Tes yang pernah kamu ikuti'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Tes'),
          h('th', { scope: 'col' }, 'Status'),
          h('th', { scope: 'col' }, 'Dimulai'),
        ),
      ),
      h(
        'tbody',
        {},
        rows.data.map((row) =>
          h(
            'tr',
            {},
            h('td', {}, row.test_category?.category_name ?? `Kategori ${row.test_category_id}`),
            h('td', {}, STATUS_LABELS[row.status] ?? row.status),
            h('td', {}, dateTime(row.started_at)),
          ),
        ),
      ),
    );
    show(
      h('h1', {}, 'Riwayat tes'),
      active
        ? h(
            'section',
            { class: 'card' },
            h('h2', {}, 'Profil karier aktif'),
            h(
              'p',
              {},
              `Kode ${active.riasec_code ?? '–'}, dari tes ${active.test_goal === 'FIT_CHECK' ? 'cek kecocokan' : 'rekomendasi'} yang selesai ${dateTime(active.test_completed_at)}.`,
            ),
            button('Lihat hasilnya', () => go().result(active.session_token, active.test_goal)),
          )
        : null,
      rows.data.length ? table : h('p', {}, 'Belum ada tes. Mulai yang pertama!'),
      h(
        'div',
        { class: 'actions' },
        button('Mulai tes baru', () => go().start()),
      ),
    );
  })();
};
