// @ts-nocheck
import type { IkigaiContentWriter, NarrativeWriter, PersonalityWriter, RelevanceJudge } from '@kenali/domain';
import type { Logger } from 'pino';
import { GeminiClient } from './gemini-client.js';
import { GeminiContentWriter } from './gemini-content-writer.js';
import { GeminiNarrativeWriter } from './gemini-narrative-writer.js';
import { GeminiPersonalityWriter } from './gemini-personality-writer.js';
import type { ResilienceOptions } from './gemini-policy.js';
import { GeminiRelevanceJudge } from './gemini-relevance-judge.js';

export interface GeminiAiOptions {
  readonly apiKey: string;
  /** e.g. `gemini-2.5-flash`; reported as `model` unless the response names a more precise version. */
  readonly model: string;
  readonly baseUrl?: string;
  /** Per attempt; a timed-out attempt is not retried. */
  readonly timeoutMs: number;
  readonly logger?: Logger;
  /** Retry and circuit-breaker knobs; defaults: 2 retries from ~200 ms, circuit opens after 5 failed calls. */
  readonly resilience?: ResilienceOptions;
}

export interface GeminiAi {
  readonly content: IkigaiContentWriter;
  readonly relevance: RelevanceJudge;
  readonly narrative: NarrativeWriter;
  readonly personality: PersonalityWriter;
}

/** The four AI ports on one Gemini client, so they share one circuit breaker. */
export const createGeminiAi = (options: GeminiAiOptions): GeminiAi => {
  const client = new GeminiClient(options);
  return {
    content: new GeminiContentWriter(client),
    relevance: new GeminiRelevanceJudge(client),
    narrative: new GeminiNarrativeWriter(client),
    personality: new GeminiPersonalityWriter(client),
  };
};

export { GeminiClient, type GeminiClientOptions } from './gemini-client.js';
export { DEFAULT_RESILIENCE, type ResilienceOptions } from './gemini-policy.js';
export { GeminiContentWriter } from './gemini-content-writer.js';
export { GeminiRelevanceJudge } from './gemini-relevance-judge.js';
export { GeminiNarrativeWriter } from './gemini-narrative-writer.js';
export { GeminiPersonalityWriter } from './gemini-personality-writer.js';
