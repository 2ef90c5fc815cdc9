// @ts-nocheck
import type { ProfessionMainCategorySeed } from './types.js';

/* `profession_main_categories` of the demo catalogue (upstream §1.17). */

export const PROFESSION_MAIN_CATEGORIES = [
  {
    code: 'TEKNIK',
    name: 'Teknik dan Manufaktur',
    description:
      'Profesi yang merancang, membangun, memasang, dan merawat bangunan, mesin, serta sistem teknis.',
  },
  {
    code: 'TEKNOLOGI_INFORMASI',
    name: 'Teknologi Informasi',
    description:
      'Profesi yang membangun, mengelola, dan mengamankan perangkat lunak, data, jaringan, dan produk digital.',
  },
  {
    code: 'KESEHATAN',
    name: 'Kesehatan',
    description: 'Profesi yang menjaga, memulihkan, dan meningkatkan kesehatan individu maupun masyarakat.',
  },
  {
    code: 'SAINS',
    name: 'Sains dan Riset',
    description:
      'Profesi yang meneliti alam dan kehidupan untuk menghasilkan pengetahuan serta inovasi baru.',
  },
  {
    code: 'SENI_DESAIN',
    name: 'Seni, Desain, dan Media',
    description:
      'Profesi yang menciptakan karya visual, tulisan, foto, video, dan animasi untuk menyampaikan pesan.',
  },
  {
    code: 'PENDIDIKAN',
    name: 'Pendidikan dan Pelatihan',
    description:
      'Profesi yang mengajar, membimbing, dan mengembangkan kemampuan peserta didik di berbagai jenjang.',
  },
  {
    code: 'LAYANAN_SOSIAL',
    name: 'Psikologi dan Layanan Sosial',
    description:
      'Profesi yang mendampingi individu dan kelompok agar sejahtera secara psikologis dan sosial.',
  },
  {
    code: 'BISNIS',
    name: 'Bisnis, Pemasaran, dan Manajemen',
    description:
      'Profesi yang memimpin organisasi, memasarkan produk, menjual, dan mengelola sumber daya manusia.',
  },
  {
    code: 'KEUANGAN',
    name: 'Keuangan dan Akuntansi',
    description: 'Profesi yang mencatat, menganalisis, memeriksa, dan mengelola uang serta risiko keuangan.',
  },
  {
    code: 'HUKUM',
    name: 'Hukum',
    description:
      'Profesi yang memberi nasihat hukum, menyusun dokumen hukum, dan mewakili pihak dalam perkara.',
  },
  {
    code: 'ADMINISTRASI',
    name: 'Administrasi dan Layanan Perkantoran',
    description: 'Profesi yang menjaga tertibnya dokumen, data, arsip, dan layanan kepada pelanggan.',
  },
  {
    code: 'PARIWISATA',
    name: 'Pariwisata, Kuliner, dan Acara',
    description: 'Profesi di bidang perjalanan wisata, dapur dan restoran, serta penyelenggaraan acara.',
  },
  {
    code: 'PERTANIAN',
    name: 'Pertanian dan Lingkungan',
    description: 'Profesi yang membudidayakan tanaman dan mengelola sumber daya alam secara berkelanjutan.',
  },
  {
    code: 'TRANSPORTASI',
    name: 'Transportasi dan Logistik',
    description: 'Profesi yang memindahkan orang dan barang dengan aman, tepat waktu, dan efisien.',
  },
  {
    code: 'LAYANAN_PUBLIK',
    name: 'Keselamatan dan Layanan Publik',
    description: 'Profesi yang melindungi warga dari bahaya dan menangani keadaan darurat.',
  },
] as const satisfies readonly ProfessionMainCategorySeed[];

export type MainCategoryCode = (typeof PROFESSION_MAIN_CATEGORIES)[number]['code'];
