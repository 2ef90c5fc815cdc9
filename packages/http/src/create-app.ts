import { type Config, TOKENS } from '@kenali/adapters';
import type { Container } from 'inversify';
import type Koa from 'koa';
import * as E from 'fp-ts/lib/Either.js';
import { createAppFrom } from './app.js';
import { idempotencyMetrics } from './idempotency/idempotency-metrics.js';
import { Lifecycle } from './lifecycle.js';

/**
 * `createApp(container)`: resolves what the HTTP adapter needs once, then builds the Koa app (no listen). The
 * server loop passes its `lifecycle` so shutdown can flip readiness and release unfinished claims.
 */
export const createApp = (container: Container, lifecycle: Lifecycle = new Lifecycle()): Koa => {
  const config: Config = container.get(TOKENS.Config);
  const metrics = container.get(TOKENS.Metrics);
  const store = container.get(TOKENS.IdempotencyStore);
  const clock = container.get(TOKENS.Clock);
  return createAppFrom({
    config,
    logger: container.get(TOKENS.Logger),
    metrics,
    idempotency: {
      settings: config.idempotency,
      store,
      metrics: idempotencyMetrics(metrics, async () => {
        const live = await store.countLive(clock.now())();
        return E.isRight(live) ? live.right : -1;
      }),
      now: () => clock.now(),
      unfinished: lifecycle.unfinishedClaims,
    },
    lifecycle,
    readiness: container.get(TOKENS.ReadinessProbe),
    users: container.get(TOKENS.UserDirectory),
    appLinks: container.get(TOKENS.AppLinks),
    redis: container.get(TOKENS.Redis),
    queries: container.get(TOKENS.ReferenceQueries),
    rendered: container.get(TOKENS.RenderedResults),
    startSession: container.get(TOKENS.StartSession),
    abandonSession: container.get(TOKENS.AbandonSession),
    submitRiasec: container.get(TOKENS.SubmitRiasec),
    riasecResult: container.get(TOKENS.GetRiasecResult),
    submitAssessment: container.get(TOKENS.SubmitAssessment),
    ikigai: {
      start: container.get(TOKENS.StartIkigai),
      content: container.get(TOKENS.GetIkigaiContent),
      submit: container.get(TOKENS.SubmitDimension),
      result: container.get(TOKENS.GetIkigaiResult),
    },
    results: {
      recommendation: container.get(TOKENS.GetRecommendationResult),
      fitCheck: container.get(TOKENS.GetFitCheckResult),
      personality: container.get(TOKENS.GetPersonalityResult),
    },
    careerProfile: {
      get: container.get(TOKENS.GetActiveProfile),
      setActive: container.get(TOKENS.SetActiveProfile),
    },
  });
};
