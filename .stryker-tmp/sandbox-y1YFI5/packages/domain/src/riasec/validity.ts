// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import type { InvalidRiasecProfile } from './riasec-error.js';
import { totalScore } from './scores.js';

/** Below this total nothing is saved (upstream §3.4). */
export const SEVERE_LOW_TOTAL = 120;
/** Below this total the result is kept but carries a warning. */
export const LOW_TOTAL = 150;
/** Fewer candidates than this add a warning when there is none yet. */
export const FEW_CANDIDATES_THRESHOLD = 3;

export const LOW_INTEREST_WARNING =
  'Skor minat kamu rendah di hampir semua tipe, jadi kode ini sebaiknya kamu anggap sebagai gambaran awal. ' +
  'Coba ingat lagi kegiatan yang benar-benar membuatmu bersemangat, lalu ulangi tes saat kamu siap.';

export const fewCandidatesWarning = (count: number): string =>
  `Untuk kode minat kamu, katalog kami baru memiliki ${count} profesi yang cocok, ` +
  'jadi pilihan yang bisa kamu bandingkan masih terbatas.';

const isUniform = (scores: RiasecScores): boolean =>
  scores.R === scores.I &&
  scores.I === scores.A &&
  scores.A === scores.S &&
  scores.S === scores.E &&
  scores.E === scores.C;

/**
 * Upstream §3.4: six identical scores or a total under 120 are rejected (uniform is checked first and
 * fires even for a high total); a total under 150 passes with a warning. Ties at the top are fine.
 */
export const checkScoreValidity = (scores: RiasecScores): E.Either<InvalidRiasecProfile, string | null> => {
  const total = totalScore(scores);
  if (isUniform(scores))
    return E.left({ _tag: 'InvalidRiasecProfile', reason: 'uniform_scores', scores, total });
  if (total < SEVERE_LOW_TOTAL) {
    return E.left({ _tag: 'InvalidRiasecProfile', reason: 'severe_low_interest', scores, total });
  }
  return E.right(total < LOW_TOTAL ? LOW_INTEREST_WARNING : null);
};

/** The warning sent with the submit response: low interest wins, else a short candidate list. */
export const validityWarning = (scoreWarning: string | null, candidateCount: number): string | null =>
  scoreWarning ?? (candidateCount < FEW_CANDIDATES_THRESHOLD ? fewCandidatesWarning(candidateCount) : null);
