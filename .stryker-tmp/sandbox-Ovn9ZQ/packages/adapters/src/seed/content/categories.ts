// @ts-nocheck
import type { KenaliDiriCategorySeed } from './types.js';

/*
 * `kenalidiri_categories` (upstream §1.2): the Go seeder's ids and codes, our own descriptions. The career
 * profile is id 3 (decisions §4 (6)); every category points at `careerprofile_test_sessions`.
 */

export const CAREER_PROFILE_CATEGORY_ID = 3;

export const KENALIDIRI_CATEGORIES: readonly KenaliDiriCategorySeed[] = [
  {
    id: 1,
    category_code: 'RIASEC',
    category_name: 'Tes RIASEC',
    description:
      'Tes minat berdasarkan enam tipe Holland (Realistic, Investigative, Artistic, Social, Enterprising, Conventional) untuk mengenali jenis kegiatan dan lingkungan kerja yang paling kamu sukai.',
    detail_table_name: 'careerprofile_test_sessions',
    is_active: true,
  },
  {
    id: 2,
    category_code: 'IKIGAI',
    category_name: 'Tes IKIGAI',
    description:
      'Refleksi empat dimensi Ikigai (hal yang kamu cintai, kamu kuasai, dibutuhkan dunia, dan bisa menghasilkan) untuk menimbang profesi mana yang paling bermakna bagimu.',
    detail_table_name: 'careerprofile_test_sessions',
    is_active: true,
  },
  {
    id: CAREER_PROFILE_CATEGORY_ID,
    category_code: 'CAREER_PROFILE',
    category_name: 'Tes Profil Karier',
    description:
      'Rangkaian tes minat RIASEC dan refleksi Ikigai yang menghasilkan rekomendasi profesi, atau mengecek kecocokanmu dengan satu profesi incaran.',
    detail_table_name: 'careerprofile_test_sessions',
    is_active: true,
  },
];
