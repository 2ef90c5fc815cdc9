// @ts-nocheck
export { RedisContentCache, type CacheRedisClient } from './redis-content-cache.js';
export { RedisPersonalityCache } from './redis-personality-cache.js';
export { MemoryContentCache } from './memory-content-cache.js';
export { MemoryPersonalityCache } from './memory-personality-cache.js';
export type { RedisCacheOptions } from './fail-soft-redis.js';
export type { MemoryCacheOptions } from './memory-ttl-store.js';
export { contentKey, personalityKey } from './cache-payloads.js';
