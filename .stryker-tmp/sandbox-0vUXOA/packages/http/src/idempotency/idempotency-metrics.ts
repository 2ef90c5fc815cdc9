// @ts-nocheck
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type IdempotencyOutcome =
  | 'executed'
  | 'replayed'
  | 'inflight_conflict'
  | 'mismatch'
  | 'invalid_key'
  | 'quota'
  | 'store_unavailable'
  | 'expired_takeover';

/** The five metrics named in decisions §6 plus outcomes and in-flight age (idempotency-anchors §5 M1). */
export const idempotencyMetrics = (registry: Registry, liveKeys: () => Promise<number>) => ({
  hits: new Counter({
    name: 'idempotency_cache_hits_total',
    help: 'Requests answered by replaying a stored response',
    registers: [registry],
  }),
  misses: new Counter({
    name: 'idempotency_cache_misses_total',
    help: 'Requests that executed because no stored response existed',
    registers: [registry],
  }),
  outcomes: new Counter({
    name: 'idempotency_requests_total',
    help: 'Idempotent POSTs by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  }),
  keyGeneration: new Histogram({
    name: 'idempotency_key_generation_duration',
    help: 'Seconds spent normalising the key and computing the request fingerprint',
    buckets: [0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01],
    registers: [registry],
  }),
  inflightAge: new Histogram({
    name: 'idempotency_inflight_age_seconds',
    help: 'Age of the in-flight original when a duplicate was refused with 409',
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 30, 60],
    registers: [registry],
  }),
  size: new Gauge({
    name: 'idempotency_cache_size',
    help: 'Live idempotency records (not yet expired)',
    registers: [registry],
    async collect() {
      this.set(await liveKeys().catch(() => -1));
    },
  }),
});
export type IdempotencyMetrics = ReturnType<typeof idempotencyMetrics>;
