// @ts-nocheck
import { Type } from '@google/genai';
import type { DimensionKey, ProfessionProfile } from '@kenali/domain';
import type { GeminiPrompt } from '../gemini-client.js';
import { DIMENSION_BRIEFS } from './dimensions.js';
import { type Fence, createFence } from './fence.js';
import { clip, firstItems, professionHeading } from './profession-facts.js';

const system = (fence: Fence): string =>
  [
    'Kamu adalah penilai relevansi karier untuk tes profil karier berbahasa Indonesia.',
    'Tugasmu: untuk satu dimensi Ikigai, nilai seberapa kuat jawaban pengguna mengarah ke setiap profesi kandidat.',
    '',
    'Cara menghitung nilai r_raw tiap profesi: r_raw = 0,40×K + 0,30×S + 0,30×B.',
    'Setiap komponen hanya boleh bernilai 0; 0,25; 0,5; 0,75; atau 1.',
    '- K (kaitan isi): 0 bila jawaban tidak menyentuh kegiatan atau keahlian profesi itu; 0,25 bila kaitannya',
    '  hanya sangat umum; 0,5 bila jawaban menyebut kata kunci atau keahlian yang berhubungan; 0,75 bila jawaban',
    '  menggambarkan kegiatan inti profesi lengkap dengan konteksnya; 1 bila beberapa keahlian inti disebut secara spesifik.',
    '- S (sikap): 0 bila pengguna menolak atau bernada negatif; 0,25 bila netral; 0,5 bila positif tetapi lemah;',
    '  0,75 bila positif dengan jelas; 1 bila sangat kuat dan konsisten.',
    '- B (bukti): 0 bila samar; 0,25 bila umum tanpa contoh; 0,5 bila ada contoh singkat; 0,75 bila contohnya',
    '  jelas dan rinci; 1 bila contohnya kuat dan menunjukkan pola yang berulang.',
    '',
    'Aturan:',
    '- Beri tepat satu nilai untuk setiap profesi di daftar; tulis profession_id persis seperti pada label [ID ...].',
    '- Nilai berada di antara 0 dan 1 dengan dua angka desimal. Bedakan nilainya bila jawaban memang lebih dekat ke',
    '  sebagian profesi; jangan menyamakan semua nilai tanpa alasan.',
    '- Nilai hanya apa yang benar-benar ditulis pengguna, dilihat dari fokus dimensi. Jangan menebak.',
    '- Jawab hanya dengan JSON sesuai skema.',
    '',
    fence.rule,
  ].join('\n');

const professionBlock = (p: ProfessionProfile): string =>
  [
    professionHeading(p),
    `Deskripsi: ${p.about_description.trim() ? clip(p.about_description, 200) : '-'}`,
    `Kegiatan utama: ${firstItems(p.activities, 3)}`,
    `Keahlian utama: ${firstItems(p.hard_skills, 3)}`,
  ].join('\n');

const schema = (ids: readonly string[]) => ({
  type: Type.OBJECT,
  properties: {
    scores: {
      type: Type.ARRAY,
      minItems: String(ids.length),
      maxItems: String(ids.length),
      items: {
        type: Type.OBJECT,
        properties: {
          profession_id: {
            type: Type.STRING,
            enum: [...ids],
            description: 'ID profesi dari daftar kandidat',
          },
          r_raw: { type: Type.NUMBER, minimum: 0, maximum: 1, description: 'Relevansi 0 sampai 1' },
        },
        required: ['profession_id', 'r_raw'],
        propertyOrdering: ['profession_id', 'r_raw'],
      },
    },
  },
  required: ['scores'],
});

/** One call scores every candidate against one dimension's answer (upstream §6.3). */
export const relevancePrompt = (
  dimension: DimensionKey,
  answerText: string,
  professions: readonly ProfessionProfile[],
  fence: Fence = createFence(),
): GeminiPrompt => {
  const brief = DIMENSION_BRIEFS[dimension];
  const user = [
    `Dimensi: ${brief.label}`,
    `Fokus penilaian: ${brief.focus}.`,
    '',
    'Jawaban pengguna:',
    fence.wrap(answerText),
    '',
    `Profesi kandidat (${professions.length}):`,
    '',
    professions.map(professionBlock).join('\n\n'),
    '',
    fence.reminder,
  ].join('\n');
  return {
    system: system(fence),
    user,
    schema: schema(professions.map((p) => String(p.profession_id))),
    temperature: 0.1,
    maxOutputTokens: 4096,
    seed: 20_261_122,
  };
};
