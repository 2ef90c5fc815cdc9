import { setIdentity } from './api.js';
import { h, show } from './dom.js';
import { type AppConfig, currentIdentity, forgetIdentity, loadConfig, rememberBearer } from './identity.js';
import { go, register } from './nav.js';
import { historyScreen } from './screens/history.js';
import { homeScreen } from './screens/home.js';
import { ikigaiScreen } from './screens/ikigai.js';
import { questionScreen } from './screens/questions.js';
import { resultScreen } from './screens/result.js';
import { riasecResultScreen } from './screens/riasec-result.js';
import { startScreen } from './screens/start.js';

/** Without an identity: how to get one, in the words of the auth mode kenali runs in. */
const signInScreen = (config: AppConfig): void => {
  if (config.authMode === 'jwt') {
    const input = h('textarea', { id: 'bearer', rows: 4, required: true, autocomplete: 'off' });
    const form = h(
      'form',
      {
        class: 'stack',
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (!input.value.trim()) return;
          rememberBearer(input.value);
          setIdentity(currentIdentity(config));
          go().home();
        },
      },
      h('label', { for: 'bearer' }, 'Token Bearer (JWT)'),
      input,
      h('button', { type: 'submit', class: 'btn primary' }, 'Masuk'),
    );
    show(
      h('h1', {}, 'Masuk'),
      h('p', {}, 'Tempel token JWT dari aplikasi Kenali Diri. Token hanya disimpan di tab ini.'),
      form,
    );
    return;
  }
  show(
    h('h1', {}, 'Buka lewat tautan'),
    config.links
      ? h(
          'p',
          {},
          'Halaman ini dibuka dengan tautan pribadi. Jalankan ',
          h('code', {}, 'npx kenali user create --link'),
          ' lalu buka alamat yang dicetaknya.',
        )
      : h('p', {}, 'Buka halaman ini melalui gateway Kenali Diri yang sudah mengenali akunmu.'),
  );
};

const boot = async (): Promise<void> => {
  let config: AppConfig;
  try {
    config = await loadConfig();
  } catch {
    show(
      h('h1', {}, 'Tidak dapat memuat aplikasi'),
      h('p', {}, 'Server tidak menjawab. Muat ulang halaman ini.'),
    );
    return;
  }
  const identity = currentIdentity(config);
  setIdentity(identity);
  register({
    home: homeScreen,
    start: startScreen,
    questions: questionScreen,
    riasecResult: riasecResultScreen,
    ikigai: ikigaiScreen,
    result: resultScreen,
    history: historyScreen,
    signIn: () => {
      forgetIdentity();
      setIdentity({ kind: 'none' });
      signInScreen(config);
    },
  });
  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest('[data-nav]');
    if (!target) return;
    event.preventDefault();
    if (target.getAttribute('data-nav') === 'history') go().history();
    else go().home();
  });
  if (identity.kind === 'none' && (config.authMode === 'jwt' || config.links)) signInScreen(config);
  else go().home();
  // The first screen is up and answers input: `npm run bench:app` reads this mark.
  performance.mark('kenali:interactive');
};

// A new link opened in the same tab changes only the fragment: start over as that person.
window.addEventListener('hashchange', () => {
  if (/(?:^#|&)link=/.test(window.location.hash)) window.location.reload();
});

void boot();
