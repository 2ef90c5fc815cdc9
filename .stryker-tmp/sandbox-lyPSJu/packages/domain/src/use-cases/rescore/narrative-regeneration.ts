// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { DIMENSION_KEYS, type DimensionAnswers } from '../../model/dimension.js';
import { ProfessionId } from '../../model/ids.js';
import type { DimensionTexts, NarrativeWriter } from '../../ports/ai-ports.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { RecommendationUpdate } from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { StoredScores } from '../../ports/ikigai-repository.js';
import { NO_MODEL } from '../ikigai/finalize-ikigai.js';
import { buildRecommendationsData } from '../ikigai/recommendations-data.js';

export type NarrativeError = PortError | { readonly _tag: 'CandidatesMissing' };

const textsOf = (answers: DimensionAnswers): DimensionTexts =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, answers[k]?.reasoning_text ?? ''])) as DimensionTexts;

/**
 * A new recommendation for a new top two, built as the finalize step builds it (upstream §5.2): one narrative
 * call outside any transaction; when it fails, the fallback texts are stored and flagged (decisions §4 (33)).
 */
export const regenerateRecommendation = (
  repos: Repositories,
  narrator: NarrativeWriter,
  snapshot: ScoredSnapshot,
  scores: StoredScores,
  now: () => Date,
): TE.TaskEither<NarrativeError, RecommendationUpdate> => {
  const ranked = scores.totalScores.profession_scores;
  const topIds = ranked.slice(0, 2).map((e) => ProfessionId(Number(e.profession_id)));
  return pipe(
    TE.Do,
    TE.apS(
      'outcome',
      pipe(
        repos.riasec.findOutcome(snapshot.id),
        TE.chainW(TE.fromOption((): NarrativeError => ({ _tag: 'CandidatesMissing' }))),
      ),
    ),
    TE.apSW('answers', repos.ikigai.findAnswers(snapshot.id)),
    TE.apSW('profiles', repos.catalogue.profiles(topIds)),
    TE.chainW(({ outcome, answers, profiles }) => {
      const texts = textsOf(answers);
      return pipe(
        TE.fromTask(narrator.write({ answers: texts, userCode: outcome.riasec_code, top: profiles })),
        TE.map((narrative): RecommendationUpdate => {
          const at = now();
          return {
            data: buildRecommendationsData({
              ranked,
              candidates: outcome.candidates_data.candidates,
              profiles,
              userCode: outcome.riasec_code,
              userCodeId: outcome.riasec_code_id,
              answers: texts,
              narrative: E.isRight(narrative) ? narrative.right : undefined,
              generatedAt: at.toISOString(),
            }),
            topProfession1: scores.topProfession1,
            topProfession2: scores.topProfession2,
            aiModelUsed: E.isRight(narrative) ? narrative.right.model : NO_MODEL,
            generatedAt: at,
          };
        }),
      );
    }),
  );
};
