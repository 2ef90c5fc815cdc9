// @ts-nocheck
import type { DimensionKey } from '@kenali/domain';

export interface DimensionBrief {
  /** The label the app shows (upstream §4.6). */
  readonly label: string;
  /** What a rater should look for in an answer to this dimension. */
  readonly focus: string;
}

export const DIMENSION_BRIEFS: Readonly<Record<DimensionKey, DimensionBrief>> = {
  what_you_love: {
    label: 'Apa yang Kamu Cintai',
    focus: 'tanda minat, rasa senang, dan dorongan dari dalam diri terhadap suatu kegiatan kerja',
  },
  what_you_are_good_at: {
    label: 'Apa yang Kamu Kuasai',
    focus: 'tanda kemampuan, pengalaman nyata, dan rasa yakin bisa mengerjakan sesuatu dengan baik',
  },
  what_the_world_needs: {
    label: 'Apa yang Dunia Butuhkan',
    focus: 'dampak yang ingin diberikan kepada orang lain, misi pribadi, dan masalah yang ingin diselesaikan',
  },
  what_you_can_be_paid_for: {
    label: 'Apa yang Bisa Menghasilkan',
    focus: 'pandangan realistis tentang pasar kerja, pola kerja yang diinginkan, dan harapan penghasilan',
  },
};
