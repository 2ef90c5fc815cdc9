// @ts-nocheck
import type {
  GetFitCheckResultError,
  GetPersonalityResultError,
  GetRecommendationResultError,
  SetActiveProfileError,
  GetIkigaiResultError,
  GetRiasecResultError,
  IkigaiContentError,
  SubmitDimensionError,
  PortError,
  SessionError,
  StartSessionError,
  SubmitRiasecError,
} from '@kenali/domain';
import { type Problem, problem, validationProblem } from './problem.js';

/** Every expected failure any use case can return. Adding a tag without a case below fails to compile. */
export type AppError =
  | StartSessionError
  | SubmitRiasecError
  | GetRiasecResultError
  | IkigaiContentError
  | SubmitDimensionError
  | GetIkigaiResultError
  | GetRecommendationResultError
  | GetFitCheckResultError
  | GetPersonalityResultError
  | SetActiveProfileError
  | SessionError
  | PortError;

const absurd = (value: never): never => {
  throw new Error(`unmapped error ${JSON.stringify(value)}`);
};

const WRONG_STATUS_DETAIL: Readonly<Record<string, string>> = {
  riasec_completed: 'RIASEC sudah disubmit; gunakan GET /riasec/result/{session_token}',
  completed: 'sesi sudah selesai sepenuhnya',
};

const list = (ids: readonly number[]): string => (ids.length ? ids.join(', ') : '-');

/** The one exhaustive domain-error → problem+json mapping of the HTTP adapter (ADR 0002). */
export const toProblem = (error: AppError): Problem => {
  switch (error._tag) {
    case 'InvalidPersona':
      return validationProblem([
        {
          loc: ['body', 'persona_type'],
          msg: `persona_type harus salah satu dari: ${error.allowed.join(', ')}`,
          type: 'value_error',
        },
      ]);
    case 'ActiveSessionExists':
      return problem(
        409,
        'active-session-exists',
        'Conflict',
        'masih ada sesi tes yang berjalan; selesaikan dulu sesi tersebut',
        {
          error: 'active_session_exists',
          active_session_token: error.session.session_token,
          active_session_status: error.session.status,
          active_session_started_at: error.session.started_at.toISOString(),
        },
      );
    case 'WalletNotFound':
      return problem(404, 'wallet-not-found', 'Not Found', 'dompet token tidak ditemukan');
    case 'InsufficientTokens':
      return problem(
        402,
        'insufficient-tokens',
        'Payment Required',
        `token tidak cukup: saldo ${error.balance}, dibutuhkan ${error.required}`,
        {
          balance: error.balance,
          required: error.required,
        },
      );
    case 'SessionNotFound':
      return problem(404, 'session-not-found', 'Not Found', 'sesi tidak ditemukan atau bukan milik user ini');
    case 'WrongStatus':
      return problem(
        400,
        'wrong-status',
        'Bad Request',
        // A result asked for too early is "not finished yet" (upstream §5.1), whatever phase it is in.
        error.expected.length === 1 && error.expected[0] === 'completed'
          ? 'sesi belum selesai; hasil tes belum tersedia'
          : (WRONG_STATUS_DETAIL[error.actual] ?? `status sesi tidak valid: ${error.actual}`),
        {
          status_current: error.actual,
          status_expected: error.expected,
        },
      );
    case 'WrongGoal':
      return problem(
        400,
        'wrong-goal',
        'Bad Request',
        `sesi ini bertujuan ${error.actual}, bukan ${error.expected}`,
      );
    case 'IkigaiNotUsed':
      return problem(400, 'ikigai-not-used', 'Bad Request', 'sesi FIT_CHECK tidak memiliki tahap Ikigai');
    case 'QuestionSetMissing':
      return problem(
        404,
        'question-set-missing',
        'Not Found',
        'set pertanyaan sesi tidak ditemukan; mulai sesi baru',
      );
    case 'DuplicateQuestionIds':
      return problem(
        400,
        'duplicate-question-ids',
        'Bad Request',
        `question_id duplikat: ${list(error.duplicates)}`,
        {
          duplicates: error.duplicates,
        },
      );
    case 'QuestionSetMismatch':
      return problem(
        400,
        'question-set-mismatch',
        'Bad Request',
        `jawaban tidak cocok dengan set pertanyaan; hilang: ${list(error.missing)}; tidak dikenal: ${list(error.extra)}`,
        {
          missing: error.missing,
          extra: error.extra,
        },
      );
    case 'QuestionTypeMismatch':
      return validationProblem(
        error.mismatches.map((m) => ({
          loc: ['body', 'responses', `question_id=${m.question_id}`, 'question_type'],
          msg: `question_type ${m.given} tidak sesuai; pertanyaan ${m.question_id} bertipe ${m.expected ?? 'tidak dikenal'}`,
          type: 'value_error',
        })),
      );
    case 'AnswerValueOutOfRange':
      return validationProblem(
        error.answers.map((a) => ({
          loc: ['body', 'responses', `question_id=${a.question_id}`, 'answer_value'],
          msg: 'answer_value harus 1 sampai 5',
          type: 'value_error',
        })),
      );
    case 'InvalidRiasecProfile':
      return problem(
        422,
        'invalid-riasec-profile',
        'Unprocessable Entity',
        error.reason === 'uniform_scores'
          ? 'profil tidak valid: semua skor tipe sama, jawaban tampak seragam'
          : `profil tidak valid: total skor ${error.total} terlalu rendah (minimal 120)`,
        { reason: error.reason, scores: error.scores, total: error.total, errors: [] },
      );
    case 'RiasecCodeNotFound':
      return problem(
        404,
        'riasec-code-not-found',
        'Not Found',
        `kode RIASEC ${error.riasec_code} belum ada di riasec_codes`,
      );
    case 'CatalogIncomplete':
      return problem(
        503,
        'catalog-incomplete',
        'Service Unavailable',
        `katalog profesi belum memiliki profesi untuk kode ${error.riasec_code}`,
        {
          error: 'catalog_incomplete',
        },
      );
    case 'TargetProfessionNotFound':
      return problem(404, 'target-profession-not-found', 'Not Found', 'profesi target tidak ditemukan');
    case 'TargetProfessionUnclassified':
      return problem(
        500,
        'target-profession-unclassified',
        'Internal Server Error',
        `profesi target ${error.profession_id} belum memiliki kode RIASEC`,
      );
    case 'RiasecResultNotFound':
      return problem(
        404,
        'riasec-result-not-found',
        'Not Found',
        'hasil RIASEC belum tersedia untuk sesi ini',
      );
    case 'InvalidDimensionAnswer':
      return validationProblem(
        error.violations.map((v) => ({
          loc: v.dimension ? ['body', 'answers', v.dimension, v.field] : ['body', v.field],
          msg: v.message,
          type: 'value_error',
        })),
      );
    case 'DimensionAlreadyAnswered':
      return problem(
        400,
        'dimension-already-answered',
        'Bad Request',
        `dimensi ${error.dimension} sudah dijawab dan tidak dapat diubah`,
      );
    case 'ProfessionNotCandidate':
      return problem(
        400,
        'profession-not-candidate',
        'Bad Request',
        `profesi ${error.profession_id} bukan kandidat sesi ini`,
      );
    case 'CandidatesMissing':
      return problem(
        500,
        'candidates-missing',
        'Internal Server Error',
        'daftar kandidat profesi sesi ini tidak ditemukan',
      );
    case 'AnswersIncomplete':
      return problem(400, 'answers-incomplete', 'Bad Request', 'keempat dimensi Ikigai belum dijawab');
    case 'IkigaiResultNotFound':
      return problem(
        404,
        'ikigai-result-not-found',
        'Not Found',
        'skor Ikigai belum tersedia untuk sesi ini',
      );
    case 'RecommendationResultNotFound':
      return problem(
        404,
        'recommendation-result-not-found',
        'Not Found',
        'rekomendasi karier belum tersedia untuk sesi ini',
      );
    case 'FitCheckResultNotFound':
      return problem(404, 'fit-check-result-not-found', 'Not Found', 'hasil uji kecocokan tidak ditemukan');
    case 'ScoringInputInvalid':
    case 'NoCandidates':
    case 'DuplicateProfession':
    case 'UnknownProfession':
      return problem(
        500,
        'scoring-failed',
        'Internal Server Error',
        `gagal menghitung skor akhir: ${error._tag}`,
      );
    case 'PortError':
      return portProblem(error);
    default:
      return absurd(error);
  }
};

/** Storage trouble is retryable (503); a lost race (a claim taken over, a unique key) is a 409 to retry. */
const portProblem = (error: PortError): Problem => {
  switch (error.reason) {
    case 'unavailable':
    case 'timeout':
      return problem(
        503,
        'storage-unavailable',
        'Service Unavailable',
        'penyimpanan sedang tidak tersedia, coba lagi',
      );
    case 'conflict':
      return problem(
        409,
        'concurrent-update',
        'Conflict',
        'permintaan lain untuk sesi ini sedang diproses; coba lagi',
      );
    default:
      return problem(500, 'internal-error', 'Internal Server Error', 'Internal server error');
  }
};
