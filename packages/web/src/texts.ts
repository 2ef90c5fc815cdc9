/** Indonesian texts of the web client that do not come from the API (written for kenali). */

export const LETTERS: Readonly<Record<string, string>> = {
  R: 'Realistis',
  I: 'Investigatif',
  A: 'Artistik',
  S: 'Sosial',
  E: 'Enterprising',
  C: 'Konvensional',
};

export const PERSONAS = [
  { value: 'PATHFINDER', label: 'Pencari Arah', hint: 'Belum tahu mau ke mana; ingin melihat pilihan.' },
  { value: 'BUILDER', label: 'Pembangun', hint: 'Sedang menyiapkan diri untuk bidang tertentu.' },
  { value: 'ACHIEVER', label: 'Peraih', hint: 'Sudah bekerja dan ingin menimbang langkah berikutnya.' },
] as const;

/** The five answers of every item, from 1 to 5. */
export const SCALE = ['Sangat tidak sesuai', 'Tidak sesuai', 'Netral', 'Sesuai', 'Sangat sesuai'] as const;

export const DIMENSION_ORDER = [
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
] as const;
export type DimensionKey = (typeof DIMENSION_ORDER)[number];

export const DIMENSION_SHORT: Readonly<Record<DimensionKey, string>> = {
  what_you_love: 'Yang kamu cintai',
  what_you_are_good_at: 'Yang kamu kuasai',
  what_the_world_needs: 'Yang dibutuhkan dunia',
  what_you_can_be_paid_for: 'Yang bisa menghidupimu',
};

export const BREAKDOWN_LABELS: Readonly<Record<string, string>> = {
  score_what_you_love: 'Cinta',
  score_what_you_are_good_at: 'Keahlian',
  score_what_the_world_needs: 'Kebutuhan dunia',
  score_what_you_can_be_paid_for: 'Penghasilan',
  intrinsic_score: 'Intrinsik',
  extrinsic_score: 'Ekstrinsik',
};

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  riasec_ongoing: 'Mengisi 72 pernyataan',
  riasec_completed: 'RIASEC selesai',
  ikigai_ongoing: 'Mengisi Ikigai',
  completed: 'Selesai',
  abandoned: 'Diakhiri',
  in_progress: 'Berlangsung',
};

export const dateTime = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '–';
