// @ts-nocheck
import {
  DIMENSION_KEYS,
  type DimensionKey,
  type DimensionTexts,
  type Narrative,
  type NarrativeWriter,
  type ProfessionProfile,
} from '@kenali/domain';
import { joinList, lowerFirst, mentions, salaryRange, shortPhrase } from './indonesian-text.js';
import { evidenceFor, isConcrete, keyWords, type Evidence } from './match-evidence.js';
import { OFFLINE_MODEL_ID, runOffline } from './offline-model.js';
import type { DocumentCache, ProfessionDocument } from './profession-document.js';
import { queryTerms, type QueryTerm } from './query-terms.js';
import { LETTER_TRAITS, lettersOf } from './riasec-traits.js';

/*
 * Call 3 offline. The profile summary abstracts each answer through the words the scorer matched and the
 * user's leading Holland type; the match reasoning names which of the user's words met which catalogue phrase
 * of the profession. Two sentences each, "kamu", no profession names (upstream §6.4).
 */

const quoted = (words: readonly string[]) => joinList(words.map((word) => `"${word}"`));

const summary = (dimension: DimensionKey, words: readonly string[], userCode: string): string => {
  const lead = LETTER_TRAITS[lettersOf(userCode)[0] ?? 'S'];
  if (words.length === 0) return EMPTY_SUMMARY[dimension];
  const w = quoted(words);
  switch (dimension) {
    case 'what_you_love':
      return `Kamu paling bersemangat saat berurusan dengan hal-hal seperti ${w}. Dari caramu bercerita, energimu tampak muncul dari ${lead.drive}, bukan sekadar dari kewajiban.`;
    case 'what_you_are_good_at':
      return `Kamu menunjukkan rasa percaya diri pada ${w}. Itu modal nyata yang bisa terus kamu asah, apalagi jika dipadukan dengan ${lead.quality} yang sudah menjadi ciri khasmu.`;
    case 'what_the_world_needs':
      return `Kamu peduli pada ${w} dan ingin hasil kerjamu terasa manfaatnya bagi orang lain. Dorongan untuk berkontribusi seperti ini memberi arah yang jelas bagi pilihan kariermu.`;
    case 'what_you_can_be_paid_for':
      return `Soal penghidupan, kamu menaruh perhatian pada ${w}. Sikap realistis ini membantumu memilih jalur yang bukan hanya menyenangkan, tetapi juga bisa menopang hidupmu.`;
  }
};

const EMPTY_SUMMARY: DimensionTexts = {
  what_you_love:
    'Kamu belum banyak bercerita tentang hal yang paling kamu nikmati, dan itu wajar. Perhatikan kegiatan yang membuatmu lupa waktu, karena di sanalah minatmu yang paling jujur.',
  what_you_are_good_at:
    'Kamu masih menimbang kekuatan apa yang paling menonjol dalam dirimu. Mencatat tugas yang terasa mudah bagimu atau pujian yang sering kamu terima bisa membantu memetakannya.',
  what_the_world_needs:
    'Kamu belum menyebut persoalan tertentu yang ingin kamu bantu selesaikan. Pikirkan masalah di sekitarmu yang paling mengusik hatimu, karena dari situ makna kerja sering lahir.',
  what_you_can_be_paid_for:
    'Kamu belum banyak membahas sisi penghasilan dari karier impianmu. Mengenali kisaran gaji dan peluang kerja sejak awal akan membuat langkahmu lebih mantap.',
};

/** How a matched phrase is introduced; phrases that could name the job are referred to in general terms. */
const describe = (evidence: Evidence, name: string): string => {
  const { field, text } = evidence.item;
  const phrase = shortPhrase(lowerFirst(text), 12);
  if (mentions(text, name)) return 'gambaran pekerjaannya sehari-hari';
  switch (field) {
    case 'activities':
      return `kegiatan intinya, yaitu ${phrase}`;
    case 'hard_skills':
      return `keterampilan yang dibutuhkannya, seperti ${phrase}`;
    case 'soft_skills':
      return `sikap kerja yang dituntutnya, seperti ${phrase}`;
    case 'tools':
      return `alat kerjanya, seperti ${text}`;
    default:
      return 'gambaran pekerjaannya sehari-hari';
  }
};

const reasoning = (document: ProfessionDocument, terms: readonly QueryTerm[], userCode: string): string => {
  const p: ProfessionProfile = document.profile;
  const found = evidenceFor(document, terms);
  const skill = p.hard_skills.find((s) => !mentions(s, p.name));
  const salary = salaryRange(p.senior_level_path);
  const growth = `Jika kamu terus mengasah ${skill === undefined ? 'keahlianmu' : `kemampuan ${lowerFirst(skill)}`}, ditambah pengalaman nyata, peran ini bisa membawamu ke tingkat senior${salary === undefined ? '' : ` dengan penghasilan sekitar ${salary}`}.`;
  const [first, second] = found;
  if (first === undefined) {
    const code = lettersOf(userCode).join('');
    const activity = p.activities.find((a) => !mentions(a, p.name));
    const focus =
      activity === undefined ? 'cara kerjanya sehari-hari' : shortPhrase(lowerFirst(activity), 12);
    const why =
      code === ''
        ? 'karakter kerjanya dekat dengan pola minatmu'
        : `karakter kerjanya sejalan dengan profil minatmu (${code})`;
    return `Profesi ini cocok karena ${why}, terutama dalam hal ${focus}. ${growth}`;
  }
  const words = [...new Set([...first.words, ...(second?.words ?? [])])].slice(0, 3);
  const parts = [describe(first, p.name)];
  if (second !== undefined && isConcrete(second) && second.item.field !== first.item.field)
    parts.push(describe(second, p.name));
  return `Profesi ini cocok karena kata-katamu seperti ${quoted(words)} sejalan dengan ${[...new Set(parts)].join(' serta ')}. ${growth}`;
};

export const writeNarrative = (
  cache: DocumentCache,
  answers: DimensionTexts,
  userCode: string,
  top: readonly ProfessionProfile[],
): Narrative => {
  const documents = top.map((p) => cache.get(p));
  const termsByDimension = DIMENSION_KEYS.map((key) => queryTerms(answers[key] ?? ''));
  const summaryTexts = Object.fromEntries(
    DIMENSION_KEYS.map((key, index) => [
      key,
      summary(key, keyWords(termsByDimension[index] ?? [], documents, 3), userCode),
    ]),
  ) as Record<DimensionKey, string>;
  const allTerms = termsByDimension.flat();
  const match_reasoning: Record<string, string> = {};
  for (const document of documents) {
    match_reasoning[String(document.profile.profession_id)] ??= reasoning(document, allTerms, userCode);
  }
  return { model: OFFLINE_MODEL_ID, ikigai_profile_summary: summaryTexts, match_reasoning };
};

export const offlineNarrativeWriter = (cache: DocumentCache): NarrativeWriter => ({
  write: ({ answers, userCode, top }) =>
    runOffline('narrative', () => writeNarrative(cache, answers, userCode, top)),
});
