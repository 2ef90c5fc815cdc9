export * from './config/config.js';
export { TOKENS } from './composition/tokens.js';
export { buildContainer } from './composition/build-container.js';
export type { Infrastructure } from './composition/modules.js';
export { createLogger } from './system/logger.js';
export { createRedis } from './runtime/redis-client.js';
export {
  openDatabase,
  PendingMigrations,
  type DatabaseHandle,
  type MigrationPolicy,
} from './runtime/open-database.js';
export { KENALI_SCHEMA, resolvePhysicalSchema, type PhysicalSchema } from './postgres/physical-schema.js';
export { planAdoption, describeStep, type AdoptionStep } from './postgres/adoption/adoption-plan.js';
export { planMigrations, type MigrationPlan } from './postgres/adoption/migration-plan.js';
export { createKnex } from './postgres/knex-client.js';
export { isConnectionFailure } from './postgres/connection-failure.js';
export { migrateLatest, migrateDown, migrationStatus } from './postgres/migrator.js';
export { startEmbeddedPostgres } from './postgres/embedded.js';
export { seedDemoContent, type SeedReport } from './seed/seed-demo-content.js';
export { createStandaloneUser } from './postgres/standalone-users.js';
export { createAppLink } from './postgres/app-links.js';
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
export { VARIABLES, VARIABLE_GROUPS, type Variable, type VariableGroup } from './config/variables.js';
export { isLoopback, servingSafety, type ServingCheck } from './config/serving-safety.js';
export {
  effectiveConfig,
  maskSecret,
  type EffectiveConfig,
  type EffectiveVariable,
} from './config/effective-config.js';
export { renderConfigurationDoc } from './config/configuration-doc.js';
