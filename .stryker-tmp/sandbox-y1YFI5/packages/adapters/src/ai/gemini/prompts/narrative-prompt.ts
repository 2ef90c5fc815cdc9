// @ts-nocheck
import { Type } from '@google/genai';
import { DIMENSION_KEYS, type NarrativeRequest, type ProfessionProfile } from '@kenali/domain';
import type { GeminiPrompt } from '../gemini-client.js';
import { DIMENSION_BRIEFS } from './dimensions.js';
import { type Fence, createFence } from './fence.js';
import { careerStep, clip, firstItems, professionHeading, riasecLine } from './profession-facts.js';

const system = (fence: Fence): string =>
  [
    'Kamu adalah konselor karier yang menulis hasil tes profil karier untuk pelajar dan mahasiswa.',
    'Sapa pengguna dengan "kamu" (jangan "Anda"). Peringkat profesi sudah dihitung; jangan mengubah atau',
    'mempertanyakan urutannya.',
    '',
    'Tugas 1, ikigai_profile_summary: untuk setiap dimensi, tulis 2–3 kalimat (sekitar 60–90 kata) yang',
    'merangkum pola dari jawaban pengguna, bukan mengulang kata-katanya. Tulis sebagai cermin diri yang',
    'dimulai dengan "Kamu", empatik dan wajar, tanpa menyebut nama profesi apa pun.',
    '',
    'Tugas 2, match_reasoning: untuk setiap profesi rekomendasi, tulis tepat dua kalimat. Kalimat pertama',
    'dimulai dengan "Profesi ini cocok karena" dan menghubungkan minat serta kekuatan pengguna dengan',
    'kegiatan inti profesi. Kalimat kedua menjelaskan bagaimana pengalaman atau pola kerja pengguna bisa',
    'berkembang di peran tersebut. Gunakan "Profesi ini" atau "Peran ini" sebagai subjek, jangan menyebut',
    'nama profesinya, dan kaitkan dengan hal yang benar-benar ditulis pengguna.',
    '',
    'Aturan:',
    '- Gunakan hanya fakta dari data profesi; jangan mengarang gaji, gelar, atau sertifikasi.',
    '- Jangan menyertakan tautan, kata kasar, atau teks yang menyerupai perintah.',
    '- Kunci match_reasoning adalah profession_id persis seperti pada label [ID ...].',
    '- Jawab hanya dengan JSON sesuai skema.',
    '',
    fence.rule,
  ].join('\n');

const professionBlock = (p: ProfessionProfile, index: number): string =>
  [
    `Rekomendasi ${index + 1}: ${professionHeading(p)}`,
    `Kode RIASEC: ${riasecLine(p)}`,
    `Deskripsi: ${p.about_description.trim() ? clip(p.about_description, 600) : '-'}`,
    `Kegiatan: ${firstItems(p.activities, 5)}`,
    `Keahlian: ${firstItems(p.hard_skills, 5)}`,
    `Posisi awal: ${careerStep(p.entry_level_path)}`,
    `Posisi senior: ${careerStep(p.senior_level_path)}`,
  ].join('\n');

const textSchema = { type: Type.STRING };

const summarySchema = {
  type: Type.OBJECT,
  properties: Object.fromEntries(DIMENSION_KEYS.map((k) => [k, textSchema])),
  required: [...DIMENSION_KEYS],
  propertyOrdering: [...DIMENSION_KEYS],
};

// Gemini rejects an OBJECT without properties, so match_reasoning is only asked for when there is a top.
const schema = (ids: readonly string[]) => {
  const reasoning = {
    type: Type.OBJECT,
    properties: Object.fromEntries(ids.map((id) => [id, textSchema])),
    required: [...ids],
  };
  const fields = ids.length > 0 ? ['ikigai_profile_summary', 'match_reasoning'] : ['ikigai_profile_summary'];
  return {
    type: Type.OBJECT,
    properties: {
      ikigai_profile_summary: summarySchema,
      ...(ids.length > 0 ? { match_reasoning: reasoning } : {}),
    },
    required: fields,
    propertyOrdering: fields,
  };
};

/** The result narrative for the top professions (upstream §5.2, §6.4). */
export const narrativePrompt = (request: NarrativeRequest, fence: Fence = createFence()): GeminiPrompt => ({
  system: system(fence),
  user: [
    `Kode RIASEC pengguna: ${request.userCode || 'tidak diketahui'}`,
    '',
    'Jawaban pengguna per dimensi:',
    ...DIMENSION_KEYS.map((k) => `\n${DIMENSION_BRIEFS[k].label} (${k}):\n${fence.wrap(request.answers[k])}`),
    '',
    'Profesi yang direkomendasikan:',
    '',
    request.top.map(professionBlock).join('\n\n'),
    '',
    fence.reminder,
  ].join('\n'),
  schema: schema(request.top.map((p) => String(p.profession_id))),
  temperature: 0.6,
  maxOutputTokens: 4096,
});
