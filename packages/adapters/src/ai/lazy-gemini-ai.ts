import type { IkigaiContentWriter, NarrativeWriter, PersonalityWriter, RelevanceJudge } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { GeminiAi, GeminiAiOptions } from './gemini/index.js';

/**
 * The Gemini ports, loaded on their first call: the Gemini SDK and its Google auth stack are a few hundred
 * modules, and a start-up that does not need them yet (the offline engine, or Gemini before the first AI call)
 * should not pay for them (issue 18: restart ≤ 1 s). The four ports still share one client, hence one
 * circuit breaker, as createGeminiAi builds them.
 */
export const createLazyGeminiAi = (options: GeminiAiOptions): GeminiAi => {
  let loading: Promise<GeminiAi> | undefined;
  const load = (): Promise<GeminiAi> =>
    (loading ??= import('./gemini/index.js').then(({ createGeminiAi }) => createGeminiAi(options)));
  /** A TaskEither that first loads the SDK, then runs the real port's task. */
  const later =
    <A, B>(task: (ai: GeminiAi) => TE.TaskEither<A, B>): TE.TaskEither<A, B> =>
    async () =>
      task(await load())();
  const content: IkigaiContentWriter = {
    write: (professions) => later((ai) => ai.content.write(professions)),
  };
  const relevance: RelevanceJudge = {
    judge: (dimension, answerText, professions) =>
      later((ai) => ai.relevance.judge(dimension, answerText, professions)),
  };
  const narrative: NarrativeWriter = { write: (request) => later((ai) => ai.narrative.write(request)) };
  const personality: PersonalityWriter = {
    aboutCode: (code, title, description) =>
      later((ai) => ai.personality.aboutCode(code, title, description)),
  };
  return { content, relevance, narrative, personality };
};
