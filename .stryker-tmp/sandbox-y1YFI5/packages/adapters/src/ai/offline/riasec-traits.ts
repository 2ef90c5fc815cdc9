// @ts-nocheck
import { isRiasecLetter, type RiasecLetter } from '@kenali/domain';

/** kenali's own short Indonesian phrases per Holland type, the building blocks of the template texts. */
export interface LetterTraits {
  /** Indonesian name of the type. */
  readonly nameId: string;
  /** What the type is strong at (follows "yaitu"). */
  readonly strength: string;
  /** Adjective for "pola pikir …". */
  readonly mindset: string;
  /** Noun for "memadukan … dan …". */
  readonly quality: string;
  /** Phrase for "gaya …". */
  readonly style: string;
  /** What the second letter adds (follows "sehingga"). */
  readonly effect: string;
  /** When the type feels at home (follows "saat"). */
  readonly habitat: string;
  /** Noun phrase for "cenderung menjadi …" (followed by a comma in the template). */
  readonly persona: string;
  /** The kind of good the work does (follows "kamu ikut"). */
  readonly impact: string;
  /** Verb phrase opening a world-needs option label. */
  readonly impactLabel: string;
  /** Where the energy comes from (follows "energimu muncul dari"). */
  readonly drive: string;
}

export const LETTER_TRAITS: Readonly<Record<RiasecLetter, LetterTraits>> = {
  R: {
    nameId: 'Realistis',
    strength: 'bekerja langsung dengan alat, mesin, dan hal-hal yang nyata',
    mindset: 'praktis',
    quality: 'kepraktisan',
    style: 'yang serba langsung praktik',
    effect: 'kamu cenderung ingin segera mencoba sendiri',
    habitat: 'hasil kerjamu bisa langsung dilihat dan dipakai',
    persona: 'pribadi yang cekatan dan bisa diandalkan',
    impact: 'memastikan sesuatu benar-benar berfungsi dan aman dipakai banyak orang',
    impactLabel: 'Membangun hal nyata',
    drive: 'hal-hal praktis yang hasilnya bisa dilihat dan disentuh',
  },
  I: {
    nameId: 'Investigatif',
    strength: 'mengamati, menganalisis, dan mencari tahu cara kerja sesuatu',
    mindset: 'analitis',
    quality: 'ketajaman analisis',
    style: 'yang penuh rasa ingin tahu',
    effect: 'kamu terbiasa mencari alasan di balik sesuatu sebelum bertindak',
    habitat: 'ada persoalan menantang yang menunggu dipecahkan',
    persona: 'pemikir yang teliti dan haus pengetahuan',
    impact: 'memberi jawaban yang bisa dipercaya atas persoalan yang rumit',
    impactLabel: 'Memecahkan persoalan penting',
    drive: 'rasa ingin tahu dan keinginan memahami sesuatu sampai tuntas',
  },
  A: {
    nameId: 'Artistik',
    strength: 'mencipta dan menyampaikan ide lewat karya',
    mindset: 'kreatif',
    quality: 'kreativitas',
    style: 'yang penuh imajinasi',
    effect: 'kamu mudah melihat cara baru untuk hal yang biasa',
    habitat: 'ada ruang untuk bereksperimen dan berekspresi',
    persona: 'pencipta yang orisinal dan peka',
    impact: 'menghadirkan karya yang menyentuh, memudahkan, atau menginspirasi orang',
    impactLabel: 'Menginspirasi orang',
    drive: 'dorongan untuk mencipta dan mengekspresikan diri',
  },
  S: {
    nameId: 'Sosial',
    strength: 'menolong, mengajar, dan mendampingi orang lain',
    mindset: 'peduli',
    quality: 'kepedulian',
    style: 'yang hangat dan suportif',
    effect: 'kamu selalu memperhatikan dampak pekerjaan bagi orang lain',
    habitat: 'kamu bisa berinteraksi dan membuat perbedaan bagi orang lain',
    persona: 'pendamping yang hangat dan sabar',
    impact: 'langsung menolong orang agar lebih sehat, lebih paham, atau lebih berdaya',
    impactLabel: 'Menolong sesama',
    drive: 'kepedulian pada orang lain dan keinginan untuk membantu',
  },
  E: {
    nameId: 'Enterprising',
    strength: 'memimpin, meyakinkan, dan menggerakkan orang menuju tujuan',
    mindset: 'berorientasi peluang',
    quality: 'keberanian mengambil peluang',
    style: 'yang persuasif',
    effect: 'kamu cepat menangkap peluang dan berani mengambil keputusan',
    habitat: 'ada target yang bisa kamu kejar bersama tim',
    persona: 'penggerak yang percaya diri',
    impact: 'menggerakkan usaha dan orang sehingga peluang baru terbuka',
    impactLabel: 'Menggerakkan usaha',
    drive: 'keinginan untuk memimpin dan mewujudkan peluang',
  },
  C: {
    nameId: 'Konvensional',
    strength: 'menata data, angka, dan prosedur dengan rapi',
    mindset: 'teratur',
    quality: 'ketelitian',
    style: 'yang cermat dan terstruktur',
    effect: 'kamu menyukai langkah kerja yang jelas dan terukur',
    habitat: 'tugas, aturan, dan tenggatnya jelas',
    persona: 'penjaga keteraturan yang tepercaya',
    impact: 'menjaga data, uang, dan proses tetap rapi sehingga orang lain bisa bekerja dengan tenang',
    impactLabel: 'Menjaga keteraturan',
    drive: 'rasa puas saat segala sesuatu tertata rapi',
  },
};

/** The valid letters of a code, in order ("ai" and "A-I" are read as "AI"). */
export const lettersOf = (code: string | null): RiasecLetter[] =>
  [...(code ?? '').toUpperCase()].filter(isRiasecLetter);
