// @ts-nocheck
import type { MatchCategory } from './classify.js';

/** Our own Indonesian copy per category; `{name}` is the profession. Fixed per category by design. */
interface CategoryCopy {
  readonly meaning: (name: string) => string;
  readonly implication: string;
  readonly nextSteps: (name: string) => readonly [string, string, string];
}

export const CATEGORY_COPY: Readonly<Record<MatchCategory, CategoryCopy>> = {
  HIGH: {
    meaning: (name) =>
      `Minat kamu dan karakter profesi ${name} bertemu di titik yang sama: hal yang paling kamu nikmati ` +
      'adalah inti dari pekerjaan ini.',
    implication: 'Profesi ini layak kamu jadikan prioritas utama saat menyusun langkah karier berikutnya.',
    nextSteps: (name) => [
      `Perdalam kompetensi inti yang paling sering dipakai seorang ${name}.`,
      'Kumpulkan pengalaman nyata lewat proyek, magang, atau portofolio yang bisa kamu tunjukkan.',
      'Tulis rencana pengembangan diri dengan target yang jelas untuk beberapa bulan ke depan.',
    ],
  },
  MEDIUM: {
    meaning: (name) =>
      `Sebagian minat kamu cocok dengan profesi ${name}, tetapi ada bagian pekerjaannya yang menuntut ` +
      'minat yang berbeda dari milikmu.',
    implication:
      'Profesi ini tetap realistis untuk kamu kejar, asalkan kamu siap beradaptasi di bagian yang kurang sejalan.',
    nextSteps: (name) => [
      `Cari tahu bagian mana dari pekerjaan ${name} yang paling jauh dari minat kamu.`,
      'Rancang cara beradaptasi, misalnya lewat pelatihan singkat atau mencoba tugas serupa lebih dulu.',
      'Bandingkan dengan profesi lain yang lebih dekat dengan kode minat kamu sebelum memutuskan.',
    ],
  },
  LOW: {
    meaning: (name) => `Minat utama kamu cukup jauh dari karakter yang biasanya dibutuhkan profesi ${name}.`,
    implication:
      'Kamu tetap bisa menempuh profesi ini, tetapi perlu penyesuaian yang lebih besar dan usaha ekstra agar betah.',
    nextSteps: (name) => [
      `Renungkan lagi apa yang membuat profesi ${name} menarik buat kamu.`,
      'Jelajahi profesi lain yang lebih selaras dengan kode minat kamu sebagai pembanding.',
      'Kalau tetap ingin lanjut, siapkan strategi adaptasi yang lebih intensif, misalnya mentor dan target belajar bertahap.',
    ],
  },
};
