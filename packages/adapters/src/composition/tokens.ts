import type {
  AppLinks,
  RescoreSelection,
  RescoreSession,
  ScoreRevisionRepository,
  GetActiveProfile,
  GetFitCheckResult,
  GetPersonalityResult,
  GetRecommendationResult,
  SetActiveProfile,
  Clock,
  ContentCache,
  FinalizeIkigai,
  GetIkigaiContent,
  GetIkigaiResult,
  IkigaiContent,
  IkigaiContentWriter,
  NarrativeWriter,
  PersonalityCache,
  PersonalityWriter,
  RelevanceJudge,
  StartIkigai,
  SubmitAssessment,
  SubmitDimension,
  GetRiasecResult,
  IdGenerator,
  IdempotencyStore,
  ReadinessProbe,
  ReferenceQueries,
  Repositories,
  StartSession,
  AbandonSession,
  SubmitRiasec,
  UnitOfWork,
  UserDirectory,
} from '@kenali/domain';
import type { ServiceIdentifier } from 'inversify';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Config } from '../config/config.js';
import type { PhysicalSchema } from '../postgres/physical-schema.js';
import type { PostgresRescoreRuns } from '../postgres/postgres-rescore-runs.js';
import type { ResultVersions } from '../postgres/postgres-result-versions.js';
import type { CachedCatalogue } from '../read-cache/cached-catalogue.js';
import type { RenderedResults } from '../read-cache/rendered-results.js';

const token = <T>(name: string): ServiceIdentifier<T> => Symbol.for(`kenali.${name}`);

/** Typed service identifiers: the only way anything is looked up in the container. */
export const TOKENS = {
  Config: token<Config>('Config'),
  Logger: token<Logger>('Logger'),
  Metrics: token<Registry>('Metrics'),
  Knex: token<Knex>('Knex'),
  /** The column names of this database (ADR 0015), resolved at start-up. */
  PhysicalSchema: token<PhysicalSchema>('PhysicalSchema'),
  Redis: token<Redis | undefined>('Redis'),
  Clock: token<Clock>('Clock'),
  IdGenerator: token<IdGenerator>('IdGenerator'),
  UnitOfWork: token<UnitOfWork>('UnitOfWork'),
  Repositories: token<Repositories>('Repositories'),
  /** The reference-data cache both the pool's repositories and every unit of work read through (ADR 0034). */
  ReferenceCatalogue: token<CachedCatalogue>('ReferenceCatalogue'),
  UserDirectory: token<UserDirectory>('UserDirectory'),
  AppLinks: token<AppLinks>('AppLinks'),
  ReferenceQueries: token<ReferenceQueries>('ReferenceQueries'),
  ReadinessProbe: token<ReadinessProbe>('ReadinessProbe'),
  ResultVersions: token<ResultVersions>('ResultVersions'),
  RenderedResults: token<RenderedResults>('RenderedResults'),
  StartSession: token<StartSession>('StartSession'),
  AbandonSession: token<AbandonSession>('AbandonSession'),
  SubmitRiasec: token<SubmitRiasec>('SubmitRiasec'),
  GetRiasecResult: token<GetRiasecResult>('GetRiasecResult'),
  IdempotencyStore: token<IdempotencyStore>('IdempotencyStore'),
  ContentCache: token<ContentCache>('ContentCache'),
  PersonalityCache: token<PersonalityCache>('PersonalityCache'),
  ContentWriter: token<IkigaiContentWriter>('IkigaiContentWriter'),
  RelevanceJudge: token<RelevanceJudge>('RelevanceJudge'),
  NarrativeWriter: token<NarrativeWriter>('NarrativeWriter'),
  PersonalityWriter: token<PersonalityWriter>('PersonalityWriter'),
  IkigaiContent: token<IkigaiContent>('IkigaiContent'),
  FinalizeIkigai: token<FinalizeIkigai>('FinalizeIkigai'),
  StartIkigai: token<StartIkigai>('StartIkigai'),
  GetIkigaiContent: token<GetIkigaiContent>('GetIkigaiContent'),
  SubmitDimension: token<SubmitDimension>('SubmitDimension'),
  GetIkigaiResult: token<GetIkigaiResult>('GetIkigaiResult'),
  SubmitAssessment: token<SubmitAssessment>('SubmitAssessment'),
  GetRecommendationResult: token<GetRecommendationResult>('GetRecommendationResult'),
  GetFitCheckResult: token<GetFitCheckResult>('GetFitCheckResult'),
  GetPersonalityResult: token<GetPersonalityResult>('GetPersonalityResult'),
  GetActiveProfile: token<GetActiveProfile>('GetActiveProfile'),
  SetActiveProfile: token<SetActiveProfile>('SetActiveProfile'),
  RescoreSelection: token<RescoreSelection>('RescoreSelection'),
  ScoreRevisions: token<ScoreRevisionRepository>('ScoreRevisions'),
  RescoreRuns: token<PostgresRescoreRuns>('RescoreRuns'),
  RescoreSession: token<RescoreSession>('RescoreSession'),
} as const;
