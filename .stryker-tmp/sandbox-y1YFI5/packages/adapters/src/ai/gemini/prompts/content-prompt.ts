// @ts-nocheck
import { Type } from '@google/genai';
import { DIMENSION_KEYS, type ProfessionProfile } from '@kenali/domain';
import type { GeminiPrompt } from '../gemini-client.js';
import { optionKey } from '../content.codec.js';
import { careerStep, clip, firstItems, professionHeading, riasecLine } from './profession-facts.js';

const SYSTEM = [
  'Kamu menulis konten untuk tes profil karier di aplikasi Kenali Diri. Pembacanya pelajar dan mahasiswa,',
  'jadi sapa mereka dengan "kamu" (jangan "Anda") dan gunakan bahasa Indonesia yang hangat dan lugas.',
  '',
  'Untuk setiap profesi yang diberikan, tulis empat deskripsi, satu untuk tiap dimensi Ikigai:',
  '- what_you_love: hal yang menyenangkan dan memotivasi dari kegiatan kerja sehari-hari.',
  '- what_you_are_good_at: kemampuan yang dipakai dan diasah; sebut satu atau dua keahlian dari datanya.',
  '- what_the_world_needs: manfaat pekerjaan itu bagi masyarakat atau perekonomian.',
  '- what_you_can_be_paid_for: prospek penghasilan dan jenjang yang realistis; boleh menyebut kisaran gaji dari data.',
  'Setiap deskripsi terdiri dari dua kalimat, sekitar 25 sampai 40 kata.',
  '',
  'Tulis juga empat label pilihan singkat (what_you_love_option, what_you_are_good_at_option,',
  'what_the_world_needs_option, what_you_can_be_paid_for_option): masing-masing satu kalimat aktif,',
  'paling banyak 15 kata, diawali kata kerja yang konkret, dan tidak sama dengan label profesi lain.',
  '',
  'Aturan:',
  '- Jangan menyebut nama profesi atau jabatan apa pun, baik di deskripsi maupun di label.',
  '- Gunakan hanya fakta dari data profesi; jangan mengarang angka gaji, gelar, atau sertifikasi.',
  '- Kembalikan tepat satu item untuk setiap profesi, dengan profession_id persis seperti pada label [ID ...].',
  '- Jawab hanya dengan JSON sesuai skema.',
].join('\n');

const professionBlock = (p: ProfessionProfile, index: number): string =>
  [
    `${index + 1}. ${professionHeading(p)}`,
    `Kode RIASEC: ${riasecLine(p)}`,
    `Deskripsi: ${p.about_description.trim() ? clip(p.about_description, 400) : '-'}`,
    `Kegiatan: ${firstItems(p.activities, 5)}`,
    `Keahlian teknis: ${firstItems(p.hard_skills, 5)}`,
    `Keahlian nonteknis: ${firstItems(p.soft_skills, 3)}`,
    `Alat kerja: ${firstItems(p.tools, 4)}`,
    `Posisi awal: ${careerStep(p.entry_level_path)}`,
    `Posisi senior: ${careerStep(p.senior_level_path)}`,
  ].join('\n');

const textFields = [...DIMENSION_KEYS, ...DIMENSION_KEYS.map(optionKey)];

const schema = (ids: readonly string[]) => ({
  type: Type.OBJECT,
  properties: {
    items: {
      type: Type.ARRAY,
      minItems: String(ids.length),
      maxItems: String(ids.length),
      items: {
        type: Type.OBJECT,
        properties: {
          profession_id: { type: Type.STRING, enum: [...ids] },
          ...Object.fromEntries(textFields.map((field) => [field, { type: Type.STRING }])),
        },
        required: ['profession_id', ...textFields],
        propertyOrdering: ['profession_id', ...textFields],
      },
    },
  },
  required: ['items'],
});

/** One call writes the dimension texts of every display profession (upstream §4.4, §6.2). */
export const contentPrompt = (professions: readonly ProfessionProfile[]): GeminiPrompt => ({
  system: SYSTEM,
  user: [`Data ${professions.length} profesi:`, '', professions.map(professionBlock).join('\n\n')].join('\n'),
  schema: schema(professions.map((p) => String(p.profession_id))),
  temperature: 0.4,
  maxOutputTokens: 8192,
});
