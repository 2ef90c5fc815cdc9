import type { Config, RenderedResults } from '@kenali/adapters';
import type {
  AppLinks,
  GetActiveProfile,
  GetFitCheckResult,
  GetPersonalityResult,
  GetRecommendationResult,
  SetActiveProfile,
  GetIkigaiContent,
  GetIkigaiResult,
  GetRiasecResult,
  StartIkigai,
  SubmitAssessment,
  SubmitDimension,
  ReadinessProbe,
  ReferenceQueries,
  StartSession,
  AbandonSession,
  SubmitRiasec,
  UserDirectory,
} from '@kenali/domain';
import type { Redis } from 'ioredis';
import type { IdempotencyDeps } from './idempotency/idempotency.middleware.js';
import type { Lifecycle } from './lifecycle.js';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

/** Everything the HTTP adapter needs, resolved once from the container in `createApp`. */
export interface HttpDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Registry;
  readonly readiness: ReadinessProbe;
  /** Shutdown state: readiness answers 503 while draining (ADR 0019). */
  readonly lifecycle: Lifecycle;
  readonly users: UserDirectory;
  /** Opening links of the web client (ADR 0029). */
  readonly appLinks: AppLinks;
  readonly redis: Redis | undefined;
  readonly queries: ReferenceQueries;
  /** Rendered answers of the result routes, reused while their rows are unchanged (ADR 0014). */
  readonly rendered: RenderedResults;
  readonly idempotency: IdempotencyDeps;
  readonly startSession: StartSession;
  readonly abandonSession: AbandonSession;
  readonly submitRiasec: SubmitRiasec;
  readonly riasecResult: GetRiasecResult;
  readonly submitAssessment: SubmitAssessment;
  readonly ikigai: {
    readonly start: StartIkigai;
    readonly content: GetIkigaiContent;
    readonly submit: SubmitDimension;
    readonly result: GetIkigaiResult;
  };
  readonly results: {
    readonly recommendation: GetRecommendationResult;
    readonly fitCheck: GetFitCheckResult;
    readonly personality: GetPersonalityResult;
  };
  readonly careerProfile: {
    readonly get: GetActiveProfile;
    readonly setActive: SetActiveProfile;
  };
}
