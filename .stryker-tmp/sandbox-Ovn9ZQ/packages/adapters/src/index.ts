// @ts-nocheck
export * from './config/config.js';
export { TOKENS } from './composition/tokens.js';
export { buildContainer } from './composition/build-container.js';
export type { Infrastructure } from './composition/modules.js';
export { createLogger } from './system/logger.js';
export { createRedis } from './runtime/redis-client.js';
export { openDatabase, type DatabaseHandle } from './runtime/open-database.js';
export { createKnex } from './postgres/knex-client.js';
export { migrateLatest, migrateDown, migrationStatus } from './postgres/migrator.js';
export { startEmbeddedPostgres } from './postgres/embedded.js';
export { seedDemoContent, type SeedReport } from './seed/seed-demo-content.js';
export { createStandaloneUser } from './postgres/standalone-users.js';
export { type ClaimContext, runWithClaim, currentClaim } from './idempotency/claim-context.js';
export { runCleanup, startIdempotencyCleanup } from './idempotency/cleanup-job.js';
export { auditTokens, type TokenAuditReport } from './postgres/token-audit.js';
export { createRescoreSession, type AiDecorators } from './composition/rescore.module.js';
export {
  PostgresRescoreRuns,
  type RescoreCounters,
  type RescoreRun,
  type RescoreRunStatus,
} from './postgres/postgres-rescore-runs.js';
export { CachedCatalogue } from './read-cache/cached-catalogue.js';
export { CachedUserDirectory } from './read-cache/cached-user-directory.js';
export { RenderedResults, type RenderedLookup } from './read-cache/rendered-results.js';
export {
  PostgresResultVersions,
  type ResultRoute,
  type ResultVersions,
} from './postgres/postgres-result-versions.js';
