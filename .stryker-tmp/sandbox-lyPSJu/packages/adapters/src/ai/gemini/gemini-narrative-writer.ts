// @ts-nocheck
import type { AiError, Narrative, NarrativeRequest, NarrativeWriter } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { GeminiClient } from './gemini-client.js';
import { decodeNarrative } from './narrative.codec.js';
import { narrativePrompt } from './prompts/narrative-prompt.js';

/** The profile summary and the per-profession match reasoning of the recommendation result. */
export class GeminiNarrativeWriter implements NarrativeWriter {
  constructor(private readonly client: GeminiClient) {}

  write(request: NarrativeRequest): TE.TaskEither<AiError, Narrative> {
    const top = request.top.map((p) => p.profession_id);
    return pipe(
      this.client.generate('narrative', narrativePrompt(request), decodeNarrative(top)),
      TE.map(({ model, value }) => ({ model, ...value })),
    );
  }
}
