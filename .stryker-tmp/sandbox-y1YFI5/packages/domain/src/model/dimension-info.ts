// @ts-nocheck
import type { DimensionKey } from './dimension.js';

/** Static description of one Ikigai dimension for GET /ikigai/dimensions (texts written for kenali). */
export interface DimensionInfo {
  readonly dimension_key: DimensionKey;
  readonly label: string;
  readonly label_id: string;
  readonly question_prompt: string;
  readonly description: string;
  readonly helper_text_selected: string;
  readonly helper_text_not_selected: string;
  readonly example_text_selected: string;
  readonly example_text_not_selected: string;
  readonly min_chars: number;
  readonly max_chars: number;
}

const LIMITS = { min_chars: 10, max_chars: 2000 } as const;

export const DIMENSION_INFO: readonly DimensionInfo[] = [
  {
    dimension_key: 'what_you_love',
    label: 'What You Love',
    label_id: 'Apa yang Kamu Cintai',
    question_prompt:
      'Dari pilihan profesi di atas, kegiatan kerja mana yang paling ingin kamu lakukan berulang-ulang?',
    description: 'Menggali minat dan gairahmu: pekerjaan yang membuatmu lupa waktu.',
    helper_text_selected:
      'Ceritakan bagian mana dari profesi pilihanmu yang paling kamu nikmati, dan mengapa.',
    helper_text_not_selected:
      'Belum ada yang cocok? Ceritakan kegiatan yang sebenarnya paling ingin kamu kerjakan.',
    example_text_selected: 'Aku senang membuat ilustrasi dan memilih warna sampai sebuah desain terasa pas.',
    example_text_not_selected: 'Aku paling senang saat merakit dan memperbaiki alat elektronik di rumah.',
    ...LIMITS,
  },
  {
    dimension_key: 'what_you_are_good_at',
    label: 'What You Are Good At',
    label_id: 'Apa yang Kamu Kuasai',
    question_prompt: 'Kegiatan mana yang sudah bisa kamu kerjakan dengan baik sejak sekarang?',
    description: 'Mengukur keyakinan pada kemampuanmu sendiri: hal yang orang lain sering minta bantuanmu.',
    helper_text_selected:
      'Jelaskan keterampilan apa yang sudah kamu punya untuk profesi ini dan dari mana kamu belajar.',
    helper_text_not_selected: 'Ceritakan keterampilan yang paling kamu kuasai, walau tidak ada di pilihan.',
    example_text_selected: 'Aku sudah terbiasa menyusun laporan keuangan organisasi kampus dengan rapi.',
    example_text_not_selected: 'Teman-teman sering memintaku menjelaskan materi pelajaran yang sulit.',
    ...LIMITS,
  },
  {
    dimension_key: 'what_the_world_needs',
    label: 'What the World Needs',
    label_id: 'Apa yang Dunia Butuhkan',
    question_prompt: 'Dampak apa bagi orang lain atau masyarakat yang paling penting untukmu?',
    description: 'Menggali nilai dan misimu: masalah yang ingin kamu bantu selesaikan.',
    helper_text_selected: 'Ceritakan manfaat profesi pilihanmu bagi orang lain yang paling berarti untukmu.',
    helper_text_not_selected: 'Ceritakan masalah di sekitarmu yang paling ingin kamu bantu atasi.',
    example_text_selected: 'Aku ingin pasien di daerah terpencil mendapat perawatan yang layak.',
    example_text_not_selected: 'Aku ingin lebih banyak anak di desaku bisa membaca dengan lancar.',
    ...LIMITS,
  },
  {
    dimension_key: 'what_you_can_be_paid_for',
    label: 'What You Can Be Paid For',
    label_id: 'Apa yang Bisa Menghasilkan',
    question_prompt: 'Pola kerja dan penghasilan seperti apa yang realistis untukmu dalam jangka panjang?',
    description: 'Menimbang harapan finansial dan kesiapanmu menghadapi risiko kerja.',
    helper_text_selected:
      'Jelaskan mengapa jalur karier dan kisaran gaji profesi ini cocok dengan rencanamu.',
    helper_text_not_selected:
      'Ceritakan cara kerja dan penghasilan yang kamu harapkan, misalnya gaji tetap atau usaha sendiri.',
    example_text_selected: 'Gaji awal yang stabil penting bagiku, lalu naik seiring sertifikasi.',
    example_text_not_selected: 'Aku ingin punya usaha sendiri walau penghasilannya belum pasti di awal.',
    ...LIMITS,
  },
];
