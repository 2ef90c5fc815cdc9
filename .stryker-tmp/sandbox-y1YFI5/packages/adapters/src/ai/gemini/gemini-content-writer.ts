// @ts-nocheck
import type { AiError, IkigaiContentWriter, ProfessionContent, ProfessionProfile } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { decodeContent } from './content.codec.js';
import type { GeminiClient } from './gemini-client.js';
import { contentPrompt } from './prompts/content-prompt.js';

/** Writes the four dimension texts (and option labels) of every display profession in one call. */
export class GeminiContentWriter implements IkigaiContentWriter {
  constructor(private readonly client: GeminiClient) {}

  write(
    professions: readonly ProfessionProfile[],
  ): TE.TaskEither<AiError, { model: string; items: readonly ProfessionContent[] }> {
    const unique = [...new Map(professions.map((p) => [p.profession_id, p])).values()];
    if (unique.length === 0) return TE.right({ model: this.client.model, items: [] });
    const ids = unique.map((p) => p.profession_id);
    return pipe(
      this.client.generate('content', contentPrompt(unique), decodeContent(ids)),
      TE.map(({ model, value }) => ({ model, items: value })),
    );
  }
}
