import type { Failure } from './api.js';
import { button, h } from './dom.js';

const detail = (failure: Failure): string => {
  const problem = failure.problem;
  if (!problem) return '';
  const errors = Array.isArray(problem.errors) ? problem.errors.map((e) => e.msg).join('; ') : '';
  return errors || problem.detail;
};

/** One clear Indonesian sentence for every answer the API can give (plus no answer at all). */
export const describeFailure = (failure: Failure): string => {
  const why = detail(failure);
  switch (failure.status) {
    case 0:
      return 'Tidak ada jawaban dari server. Periksa koneksimu, lalu coba lagi.';
    case 400:
      return `Permintaan ini tidak bisa diproses (${why || 'isian tidak sah'}).`;
    case 401:
      return 'Kamu belum dikenali. Buka lagi tautan dari perintah "kenali user create --link", atau masukkan token yang masih berlaku.';
    case 402:
      return 'Token kamu tidak cukup untuk memulai tes ini. Minta admin menambah saldo token, lalu coba lagi.';
    case 403:
      return 'Akunmu tidak diizinkan mengikuti tes ini.';
    case 404:
      return 'Data yang diminta tidak ditemukan: sesi ini mungkin sudah diakhiri, atau bukan milikmu.';
    case 409:
      return `Langkah ini tidak cocok dengan keadaan tesmu saat ini${why ? ` (${why})` : ''}.`;
    case 413:
      return 'Isian terlalu panjang untuk dikirim.';
    case 422:
      return `Isian belum memenuhi syarat${why ? `: ${why}` : ''}.`;
    case 429:
      return `Terlalu banyak permintaan dalam waktu singkat. Tunggu ${failure.retryAfterSeconds ?? 60} detik, lalu coba lagi.`;
    case 502:
    case 503:
    case 504:
      return 'Layanan sedang tidak tersedia sebentar. Jawabanmu tidak hilang dan tidak akan tercatat dua kali; coba lagi.';
    default:
      return `Terjadi kesalahan di server (kode ${failure.status}). Coba lagi nanti.`;
  }
};

const retryable = (status: number): boolean => status === 0 || status === 429 || status >= 500;

/**
 * The message plus what the person can do: "Coba lagi" repeats the same action (same Idempotency-Key) for
 * no answer, 429 and 5xx; "Masuk lagi" for 401.
 */
export const failureView = (failure: Failure, retry?: () => void, signIn?: () => void): Node[] => {
  const nodes: Node[] = [h('p', {}, describeFailure(failure))];
  if (retry && retryable(failure.status)) nodes.push(button('Coba lagi', retry, 'secondary'));
  if (signIn && failure.status === 401) nodes.push(button('Masuk lagi', signIn, 'secondary'));
  return nodes;
};
