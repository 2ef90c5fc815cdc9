// @ts-nocheck
import { Type } from '@google/genai';
import { RIASEC_LETTER_NAMES, isRiasecLetter } from '@kenali/domain';
import type { GeminiPrompt } from '../gemini-client.js';
import { clip } from './profession-facts.js';

const lettersOf = (code: string) => [...code.toUpperCase()].filter(isRiasecLetter);

/** Letter names of a code in order, e.g. "SAE" → Social, Artistic, Enterprising. */
export const letterNames = (code: string): string[] =>
  lettersOf(code).map((letter) => RIASEC_LETTER_NAMES[letter]);

/**
 * The first two sentences follow a fixed pattern (upstream §6.5), so we write them ourselves instead
 * of hoping the model copies a template; only the third, free sentence comes from the model.
 */
export const fixedSentences = (code: string): [string, string] => {
  const [first = code, second, third] = letterNames(code);
  const opening = `Kode ${code} menandakan bahwa kekuatan terbesarmu datang dari tipe ${first}.`;
  if (second === undefined) return [opening, `Caramu bekerja sepenuhnya diwarnai oleh orientasi ${first}.`];
  if (third === undefined) return [opening, `Pola pikir ${second} juga ikut membentuk caramu bekerja.`];
  return [opening, `Pola pikir ${second} dan gaya ${third} juga ikut membentuk caramu bekerja.`];
};

const SYSTEM = [
  'Kamu menulis teks singkat untuk tab kepribadian di aplikasi tes profil karier. Pembacanya remaja dan',
  'mahasiswa; sapa mereka dengan "kamu" (jangan "Anda").',
  '',
  'Tulis satu kalimat (paling banyak 30 kata) yang diawali "Sinergi ini membuatmu cenderung menjadi" dan',
  'merangkum watak pemilik kode RIASEC tersebut berdasarkan deskripsinya. Nadanya positif dan hangat,',
  'tanpa label, daftar, tautan, atau nama profesi.',
  'Jawab hanya dengan JSON sesuai skema.',
].join('\n');

const schema = {
  type: Type.OBJECT,
  properties: { synergy_sentence: { type: Type.STRING, description: 'Satu kalimat, maksimal 30 kata' } },
  required: ['synergy_sentence'],
};

/** Sentence three of "Tentang Kode" (upstream §5.5, §6.5); the code data comes from `riasec_codes`. */
export const personalityPrompt = (code: string, title: string, description: string): GeminiPrompt => {
  const types = lettersOf(code).map((letter) => `${letter}: ${RIASEC_LETTER_NAMES[letter]}`);
  return {
    system: SYSTEM,
    user: [
      `Kode RIASEC: ${code}`,
      `Judul: ${title || '-'}`,
      `Deskripsi: ${clip(description.trim() || title || code, 1200)}`,
      `Tipe per huruf: ${types.length > 0 ? types.join(', ') : '-'}`,
    ].join('\n'),
    schema,
    temperature: 0.5,
    maxOutputTokens: 1024,
  };
};
