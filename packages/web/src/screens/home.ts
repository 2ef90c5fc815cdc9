import { button, h, show } from '../dom.js';
import { go } from '../nav.js';
import { type Progress, loadProgress } from '../progress.js';

const STAGE_TEXT: Readonly<Record<Progress['stage'], string>> = {
  questions: 'sedang mengisi 72 pernyataan',
  'riasec-result': 'hasil RIASEC sudah ada',
  ikigai: 'sedang mengisi Ikigai',
  result: 'hasil akhir sudah ada',
};

/** Continues the unfinished test where this browser left it. */
export const resume = (progress: Progress): void => {
  switch (progress.stage) {
    case 'questions':
      return go().questions();
    case 'riasec-result':
      return go().riasecResult(progress.token);
    case 'ikigai':
      return go().ikigai(progress.token);
    case 'result':
      return go().result(progress.token, progress.goal);
  }
};

export const homeScreen = (): void => {
  const progress = loadProgress();
  const answered = progress ? Object.keys(progress.answers).length : 0;
  show(
    h('h1', {}, 'Tes Profil Karier'),
    h(
      'p',
      {},
      'Kenali minatmu lewat 72 pernyataan RIASEC, lalu temukan profesi yang paling pas lewat empat pertanyaan Ikigai — atau cek seberapa cocok kamu dengan profesi impianmu.',
    ),
    progress
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'resume-title' },
          h('h2', { id: 'resume-title' }, 'Tes yang belum selesai'),
          h(
            'p',
            {},
            `Tesmu ${STAGE_TEXT[progress.stage]}`,
            progress.stage === 'questions' ? ` (${answered} dari 72 terjawab).` : '.',
          ),
          button('Lanjutkan tes', () => resume(progress)),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      button('Mulai tes baru', () => go().start(), progress ? 'secondary' : 'primary'),
      button('Lihat riwayat', () => go().history(), 'link'),
    ),
  );
};
