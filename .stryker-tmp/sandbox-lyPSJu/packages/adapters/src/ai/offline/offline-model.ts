// @ts-nocheck
import type { AiError } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

/** Stored in `ai_model_used` and returned as `model` by every offline answer. */
export const OFFLINE_MODEL_ID = 'offline-lexical-v1';

/**
 * Runs a synchronous offline computation as a lazy TaskEither. The engine has no failure mode of its own; a
 * thrown bug still becomes an AiError so callers take their usual fallback instead of failing the request.
 */
export const runOffline =
  <A>(call: AiError['call'], compute: () => A): TE.TaskEither<AiError, A> =>
  () =>
    Promise.resolve(
      E.tryCatch(compute, (cause): AiError => ({
        _tag: 'AiError',
        call,
        reason: 'unavailable',
        message: `offline engine failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      })),
    );
