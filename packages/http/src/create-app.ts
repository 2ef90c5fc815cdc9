import { type Config, TOKENS } from '@kenali/adapters';
import type { Container } from 'inversify';
import type Koa from 'koa';
import { createAppFrom } from './app.js';

/** `createApp(container)`: resolves what the HTTP adapter needs once, then builds the Koa app (no listen). */
export const createApp = (container: Container): Koa => {
  const config: Config = container.get(TOKENS.Config);
  return createAppFrom({
    config,
    logger: container.get(TOKENS.Logger),
    metrics: container.get(TOKENS.Metrics),
    readiness: container.get(TOKENS.ReadinessProbe),
    users: container.get(TOKENS.UserDirectory),
    redis: container.get(TOKENS.Redis),
    queries: container.get(TOKENS.ReferenceQueries),
    startSession: container.get(TOKENS.StartSession),
    submitRiasec: container.get(TOKENS.SubmitRiasec),
    riasecResult: container.get(TOKENS.GetRiasecResult),
  });
};
