import { ContainerModule } from 'inversify';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createLazyGeminiAi } from '../ai/lazy-gemini-ai.js';
import { createOfflineAi } from '../ai/offline/index.js';
import type { Config } from '../config/config.js';
import {
  MemoryContentCache,
  MemoryPersonalityCache,
  RedisContentCache,
  RedisPersonalityCache,
} from '../redis/index.js';
import { TOKENS } from './tokens.js';

/**
 * The four AI ports: Gemini when configured (decisions §5; its SDK loaded at the first AI call), otherwise the
 * offline engine. Caches: Redis when
 * REDIS_URL is set (fail-soft), otherwise in memory.
 */
export const aiModule = (config: Config, logger: Logger) =>
  new ContainerModule(({ bind }) => {
    const ai =
      config.ai.provider === 'gemini' && config.ai.apiKey
        ? createLazyGeminiAi({
            apiKey: config.ai.apiKey,
            model: config.ai.model,
            baseUrl: config.ai.baseUrl,
            timeoutMs: config.ai.timeoutMs,
            logger,
          })
        : createOfflineAi();
    bind(TOKENS.ContentWriter).toConstantValue(ai.content);
    bind(TOKENS.RelevanceJudge).toConstantValue(ai.relevance);
    bind(TOKENS.NarrativeWriter).toConstantValue(ai.narrative);
    bind(TOKENS.PersonalityWriter).toConstantValue(ai.personality);
  });

export const cacheModule = (redis: Redis | undefined, logger: Logger) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.ContentCache).toConstantValue(
      redis ? new RedisContentCache(redis, logger) : new MemoryContentCache(),
    );
    bind(TOKENS.PersonalityCache).toConstantValue(
      redis ? new RedisPersonalityCache(redis, logger) : new MemoryPersonalityCache(),
    );
  });
