// @ts-nocheck
import { RIASEC_LETTER_NAMES, type PersonalityWriter } from '@kenali/domain';
import { runOffline } from './offline-model.js';
import { LETTER_TRAITS, lettersOf } from './riasec-traits.js';

/*
 * Call 4 offline: exactly three sentences, one per line (upstream §6.5): the leading type, how the other letters
 * shape the way of working, and a warm "Sinergi ini membuatmu cenderung menjadi …" (≤ 30 words).
 */
export const aboutCode = (code: string, title: string): string => {
  const letters = [...new Set(lettersOf(code))].slice(0, 3);
  const [a, b, c] = letters;
  if (a === undefined) {
    const label = title.trim() === '' ? 'ini' : title.trim();
    return [
      `Kode ${label} menggambarkan perpaduan minat yang membentuk cara kerjamu.`,
      'Setiap minat memberi warna tersendiri pada pilihan dan kebiasaanmu sehari-hari.',
      'Sinergi ini membuatmu cenderung menjadi pribadi yang terus belajar dan menemukan jalannya sendiri.',
    ].join('\n');
  }
  const lead = LETTER_TRAITS[a];
  const shown = letters.join('');
  const first = `Kode ${shown} menunjukkan bahwa kekuatan utamamu ada pada tipe ${RIASEC_LETTER_NAMES[a]} (${lead.nameId}), yaitu ${lead.strength}.`;
  if (b === undefined) {
    return [
      first,
      `Cara kerjamu sepenuhnya dipandu oleh orientasi ${lead.nameId.toLowerCase()}, sehingga kamu paling nyaman saat ${lead.habitat}.`,
      `Sinergi ini membuatmu cenderung menjadi ${lead.persona}, dan kamu tahu betul apa yang membuatmu bersemangat.`,
    ].join('\n');
  }
  const second = LETTER_TRAITS[b];
  if (c === undefined) {
    return [
      first,
      `Cara kerjamu juga dipengaruhi pola pikir ${second.mindset} khas tipe ${RIASEC_LETTER_NAMES[b]}, sehingga ${second.effect}.`,
      `Sinergi ini membuatmu cenderung menjadi ${lead.persona}, terutama saat ${lead.habitat}.`,
    ].join('\n');
  }
  const third = LETTER_TRAITS[c];
  return [
    first,
    `Cara kerjamu juga dipengaruhi pola pikir ${second.mindset} khas tipe ${RIASEC_LETTER_NAMES[b]} dan gaya ${third.style} khas tipe ${RIASEC_LETTER_NAMES[c]}.`,
    `Sinergi ini membuatmu cenderung menjadi ${lead.persona}, dengan ${second.quality} dan ${third.quality} yang menyatu dalam setiap pekerjaanmu.`,
  ].join('\n');
};

export const offlinePersonalityWriter = (): PersonalityWriter => ({
  aboutCode: (code, title) => runOffline('personality', () => aboutCode(code, title)),
});
