import { timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';

export interface MetricsAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

const bearerMatches = (authorization: string | undefined, token: string): boolean => {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** The Prometheus exposition, behind `Authorization: Bearer <METRICS_TOKEN>` when a token is configured. */
export const answerMetrics = async (
  registry: Registry,
  token: string | undefined,
  authorization: string | undefined,
): Promise<MetricsAnswer> => {
  if (token !== undefined && !bearerMatches(authorization, token)) {
    return {
      status: 401,
      contentType: 'text/plain; charset=utf-8',
      body: 'metrics need Authorization: Bearer <METRICS_TOKEN>\n',
      headers: { 'www-authenticate': 'Bearer' },
    };
  }
  return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
};
