import { AbandonSession, GetRiasecResult, StartSession, SubmitRiasec } from '@kenali/domain';
import { ContainerModule } from 'inversify';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { Config } from '../config/config.js';
import { KENALI_SCHEMA, type PhysicalSchema } from '../postgres/physical-schema.js';
import { PostgresIdempotencyStore } from '../postgres/postgres-idempotency-store.js';
import { PostgresResultVersions, type ResultVersions } from '../postgres/postgres-result-versions.js';
import { RenderedResults } from '../read-cache/rendered-results.js';
import { PostgresReadinessProbe } from '../postgres/postgres-readiness-probe.js';
import { PostgresReferenceQueries } from '../postgres/postgres-reference-queries.js';
import { PostgresUnitOfWork, postgresRepositories } from '../postgres/postgres-unit-of-work.js';
import { PostgresUserDirectory } from '../postgres/postgres-user-directory.js';
import { PostgresAppLinks } from '../postgres/app-links.js';
import { CachedCatalogue } from '../read-cache/cached-catalogue.js';
import { CachedUserDirectory } from '../read-cache/cached-user-directory.js';
import { RandomIdGenerator } from '../system/random-id-generator.js';
import { SystemClock } from '../system/system-clock.js';
import { TOKENS } from './tokens.js';

export interface Infrastructure {
  readonly knex: Knex;
  /** From `openDatabase`; kenali's own names when absent (a database kenali created). */
  readonly schema?: PhysicalSchema | undefined;
  readonly redis: Redis | undefined;
  readonly logger: Logger;
}

export const systemModule = (config: Config, infra: Infrastructure) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.Config).toConstantValue(config);
    bind(TOKENS.Logger).toConstantValue(infra.logger);
    bind(TOKENS.Clock).toConstantValue(new SystemClock());
    bind(TOKENS.IdGenerator).toConstantValue(new RandomIdGenerator());
    bind(TOKENS.Metrics)
      .toDynamicValue(() => {
        const registry = new Registry();
        collectDefaultMetrics({ register: registry });
        return registry;
      })
      .inSingletonScope();
  });

export const persistenceModule = (infra: Infrastructure) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.Knex).toConstantValue(infra.knex);
    bind(TOKENS.PhysicalSchema).toConstantValue(infra.schema ?? KENALI_SCHEMA);
    bind(TOKENS.Redis).toConstantValue(infra.redis);
    // One reference-data cache: pool-level reads use it directly, a unit of work loads its misses in its own
    // transaction (ADR 0012, ADR 0034).
    bind(TOKENS.ReferenceCatalogue)
      .toResolvedValue(
        (knex: Knex, config: Config, schema: PhysicalSchema) =>
          new CachedCatalogue(postgresRepositories(knex, schema).catalogue, config.readCaches.referenceTtlMs),
        [TOKENS.Knex, TOKENS.Config, TOKENS.PhysicalSchema],
      )
      .inSingletonScope();
    bind(TOKENS.UnitOfWork)
      .toResolvedValue(
        (knex: Knex, schema: PhysicalSchema, reference: CachedCatalogue) =>
          new PostgresUnitOfWork(knex, schema, (inner) => reference.over(inner)),
        [TOKENS.Knex, TOKENS.PhysicalSchema, TOKENS.ReferenceCatalogue],
      )
      .inSingletonScope();
    bind(TOKENS.Repositories)
      .toResolvedValue(
        (knex: Knex, schema: PhysicalSchema, reference: CachedCatalogue) => ({
          ...postgresRepositories(knex, schema),
          catalogue: reference,
        }),
        [TOKENS.Knex, TOKENS.PhysicalSchema, TOKENS.ReferenceCatalogue],
      )
      .inSingletonScope();
    bind(TOKENS.UserDirectory)
      .toResolvedValue(
        (knex: Knex, config: Config) =>
          new CachedUserDirectory(new PostgresUserDirectory(knex), config.readCaches.userTtlMs),
        [TOKENS.Knex, TOKENS.Config],
      )
      .inSingletonScope();
    bind(TOKENS.AppLinks)
      .toResolvedValue((knex: Knex) => new PostgresAppLinks(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.ReferenceQueries)
      .toResolvedValue((knex: Knex) => new PostgresReferenceQueries(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.IdempotencyStore)
      .toResolvedValue((knex: Knex) => new PostgresIdempotencyStore(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.ResultVersions)
      .toResolvedValue((knex: Knex) => new PostgresResultVersions(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.RenderedResults)
      .toResolvedValue(
        (versions: ResultVersions, config: Config) =>
          new RenderedResults(versions, {
            maxEntries: config.readCaches.resultEntries,
            ttlMs: config.readCaches.resultTtlMs,
          }),
        [TOKENS.ResultVersions, TOKENS.Config],
      )
      .inSingletonScope();
    bind(TOKENS.ReadinessProbe)
      .toResolvedValue((knex: Knex) => new PostgresReadinessProbe(knex), [TOKENS.Knex])
      .inSingletonScope();
  });

/** Use cases stay decorator-free: they are built here from their ports (house style §3.13). */
export const useCasesModule = () =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.StartSession)
      .toResolvedValue(
        (uow, clock, ids, config) =>
          new StartSession(uow, clock, ids, config.recommendationTokenCost, config.sessionExpiryHours),
        [TOKENS.UnitOfWork, TOKENS.Clock, TOKENS.IdGenerator, TOKENS.Config],
      )
      .inSingletonScope();
    bind(TOKENS.AbandonSession)
      .toResolvedValue((uow) => new AbandonSession(uow), [TOKENS.UnitOfWork])
      .inSingletonScope();
    bind(TOKENS.SubmitRiasec)
      .toResolvedValue((uow, clock) => new SubmitRiasec(uow, clock), [TOKENS.UnitOfWork, TOKENS.Clock])
      .inSingletonScope();
    bind(TOKENS.GetRiasecResult)
      .toResolvedValue((repos) => new GetRiasecResult(repos), [TOKENS.Repositories])
      .inSingletonScope();
  });
