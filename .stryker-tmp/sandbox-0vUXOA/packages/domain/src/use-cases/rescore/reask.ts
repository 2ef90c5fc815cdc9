// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { DIMENSION_KEYS, type DimensionKey } from '../../model/dimension.js';
import type { RelevanceJudge } from '../../ports/ai-ports.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { RescoreMode } from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { FreshRelevance } from './rescore-input.js';

export interface FreshAnswers {
  readonly fresh: FreshRelevance;
  /** The model of the first fresh answer; null when none was asked for or none answered. */
  readonly model: string | null;
  readonly failures: DimensionKey[];
}

export const NO_FRESH_ANSWERS: FreshAnswers = { fresh: {}, model: null, failures: [] };

/** Dimensions whose relevance a mode asks the AI for again. */
export const dimensionsToAsk = (mode: RescoreMode, snapshot: ScoredSnapshot): DimensionKey[] => {
  switch (mode) {
    case 'reuse':
      return [];
    case 'reask':
      return [...DIMENSION_KEYS];
    case 'reask-failed': {
      const failed = new Set<string>(snapshot.scores.dimensionScores.metadata.failed_dimensions ?? []);
      return DIMENSION_KEYS.filter((k) => failed.has(k));
    }
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
};

/**
 * Asks the judge again, in parallel and outside any transaction (decisions §2), for the dimensions of
 * `keys`, against the stored answer texts and the candidates' current profiles.
 */
export const askAgain = (
  repos: Repositories,
  judge: RelevanceJudge,
  snapshot: ScoredSnapshot,
  keys: readonly DimensionKey[],
): TE.TaskEither<PortError, FreshAnswers> => {
  if (keys.length === 0) return TE.right(NO_FRESH_ANSWERS);
  return pipe(
    TE.Do,
    TE.apS('answers', repos.ikigai.findAnswers(snapshot.id)),
    TE.apS('profiles', repos.catalogue.profiles(snapshot.candidates.map((c) => c.profession_id))),
    TE.chain(({ answers, profiles }) =>
      TE.fromTask(async () => {
        const results = await Promise.all(
          keys.map((key) => judge.judge(key, answers[key]?.reasoning_text ?? '', profiles)()),
        );
        const fresh: FreshRelevance = {};
        const failures: DimensionKey[] = [];
        let model: string | null = null;
        results.forEach((result, i) => {
          if (E.isRight(result)) {
            fresh[keys[i]] = result.right.scores;
            model ??= result.right.model;
          } else failures.push(keys[i]);
        });
        return { fresh, model, failures };
      }),
    ),
  );
};
