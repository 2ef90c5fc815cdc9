// @ts-nocheck
import type {
  AiError,
  DimensionKey,
  ProfessionProfile,
  RelevanceAnswer,
  RelevanceJudge,
} from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { GeminiClient } from './gemini-client.js';
import { relevancePrompt } from './prompts/relevance-prompt.js';
import { decodeRelevance } from './relevance.codec.js';

/** Scores all candidates for one dimension in one call; the answer is validated, never trusted. */
export class GeminiRelevanceJudge implements RelevanceJudge {
  constructor(private readonly client: GeminiClient) {}

  judge(
    dimension: DimensionKey,
    answerText: string,
    professions: readonly ProfessionProfile[],
  ): TE.TaskEither<AiError, RelevanceAnswer> {
    const unique = [...new Map(professions.map((p) => [p.profession_id, p])).values()];
    if (unique.length === 0) return TE.right({ model: this.client.model, scores: [], missing: 0 });
    const ids = unique.map((p) => p.profession_id);
    return pipe(
      this.client.generate('relevance', relevancePrompt(dimension, answerText, unique), decodeRelevance(ids)),
      TE.map(({ model, value }) => ({ model, scores: value.scores, missing: value.missing })),
    );
  }
}
