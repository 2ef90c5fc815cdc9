// @ts-nocheck
import type { MatchCategory } from './classify.js';

/** Fixed UI vocabulary per category (upstream §5.4): label, stars and the two call-to-action buttons. */
export interface FitCheckPresentation {
  readonly match_label: string;
  readonly match_stars: 1 | 2 | 3;
  readonly cta_primary: string;
  readonly cta_secondary: string | null;
}

export const FIT_CHECK_PRESENTATION: Readonly<Record<MatchCategory, FitCheckPresentation>> = {
  HIGH: { match_label: 'Kecocokan Tinggi', match_stars: 3, cta_primary: 'Buat Rencana', cta_secondary: null },
  MEDIUM: {
    match_label: 'Kecocokan Sedang',
    match_stars: 2,
    cta_primary: 'Lihat Rekomendasi',
    cta_secondary: 'Strategi Adaptasi',
  },
  LOW: {
    match_label: 'Kecocokan Rendah',
    match_stars: 1,
    cta_primary: 'Cari Alternatif',
    cta_secondary: 'Tetap Lanjut',
  },
};
