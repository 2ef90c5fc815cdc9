// @ts-nocheck
import type { AiError, PersonalityWriter } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { GeminiClient } from './gemini-client.js';
import { decodeSynergySentence } from './personality.codec.js';
import { fixedSentences, personalityPrompt } from './prompts/personality-prompt.js';

/** "Tentang Kode": two fixed sentences from the code's letters plus one written by the model. */
export class GeminiPersonalityWriter implements PersonalityWriter {
  constructor(private readonly client: GeminiClient) {}

  aboutCode(code: string, title: string, description: string): TE.TaskEither<AiError, string> {
    const normalized = code.trim().toUpperCase();
    return pipe(
      this.client.generate(
        'personality',
        personalityPrompt(normalized, title, description),
        decodeSynergySentence,
      ),
      TE.map(({ value }) => [...fixedSentences(normalized), value].join('\n')),
    );
  }
}
