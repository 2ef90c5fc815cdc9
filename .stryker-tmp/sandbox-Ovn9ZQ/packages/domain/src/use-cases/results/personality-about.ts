// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';
import type { PersonalityWriter } from '../../ports/ai-ports.js';
import type { PersonalityCache } from '../../ports/cache-ports.js';
import type { RiasecCodeRecord } from '../../ports/profession-catalogue.js';

/** The text depends only on the code, so one generation serves every user with it for a week (upstream §5.5). */
export const PERSONALITY_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Shown when the AI gives nothing; deliberately generic so it is never wrong for any code. */
export const fallbackAboutCode = (code: string): string =>
  [
    `Kode ${code} merangkum minat-minat yang paling menonjol dalam dirimu dan bisa menjadi kompas saat memilih arah karier.`,
    'Semakin sering kamu mencoba kegiatan yang sejalan dengan minat tersebut, semakin jelas kekuatan yang bisa kamu kembangkan.',
  ].join('\n');

/**
 * "Tentang Kode": cache first, then the writer. An AI failure answers the fallback and is not cached, so the
 * next request tries the AI again instead of serving the generic text for seven days.
 */
export const aboutCode =
  (cache: PersonalityCache, writer: PersonalityWriter) =>
  (code: RiasecCodeRecord): T.Task<string> =>
  async () => {
    const cached = await cache.get(code.riasec_code)();
    if (O.isSome(cached)) return cached.value;
    const description = code.riasec_description.trim() === '' ? code.riasec_title : code.riasec_description;
    const fallback = fallbackAboutCode(code.riasec_code);
    // A writer that throws instead of answering Left is still only an AI failure, never a 500.
    const written = await writer
      .aboutCode(code.riasec_code, code.riasec_title, description)()
      .catch(() => E.left(undefined));
    if (E.isLeft(written) || written.right.trim() === '') return fallback;
    await cache.set(code.riasec_code, written.right, PERSONALITY_TTL_SECONDS)();
    return written.right;
  };
