/** Variables of the listener and of storage (see variables.ts). */
import { v, type Variable } from './variable.js';

export const SERVING_VARIABLES: readonly Variable[] = [
  // Listening
  v('Listening', 'PORT', 'integer 1–65535', '8010', 'TCP port of the API.'),
  v(
    'Listening',
    'HOST',
    'interface address',
    '127.0.0.1 without DATABASE_URL, else 0.0.0.0',
    'Interface the API listens on. The standalone mode (embedded PostgreSQL) stays on loopback by default.',
  ),
  v(
    'Listening',
    'TRUST_PROXY',
    'boolean',
    'false',
    'Take the client IP from X-Forwarded-For (behind the gateway); used by the anonymous rate limits.',
  ),
  v(
    'Listening',
    'TRUST_PROXY_HOPS',
    'integer 1–10',
    '1',
    'Proxies in front of kenali that append to X-Forwarded-For: the client address is the one the outermost ' +
      'of them saw; entries further left, which the client writes, are ignored (ADR 0022).',
  ),
  v(
    'Listening',
    'BODY_LIMIT_KB',
    'integer 1–10240',
    '256',
    'Largest JSON request body, in KiB, after any Content-Encoding is undone (ADR 0022).',
  ),
  v(
    'Listening',
    'REQUEST_TIMEOUT_MS',
    'integer 1000–30000',
    '30000',
    "A request's headers and body must arrive within this, else 408 and the connection is closed " +
      '(headers within min(this, 20 s)).',
  ),
  v(
    'Listening',
    'CORS_ORIGINS',
    'comma-separated list or *',
    '*',
    'Origins allowed to call the API from a browser (* = any, as upstream).',
  ),
  v('Listening', 'CORS_METHODS', 'comma-separated list', 'GET,POST,OPTIONS', 'Methods allowed cross-origin.'),
  v(
    'Listening',
    'CORS_HEADERS',
    'comma-separated list or *',
    '*',
    'Request headers allowed cross-origin (* = any).',
  ),
  // Storage
  v(
    'Storage',
    'DATABASE_URL',
    'postgres:// URL',
    '–',
    'PostgreSQL. Unset: an embedded PostgreSQL under KENALI_DATA_DIR, started and stopped with the process.',
    true,
  ),
  v(
    'Storage',
    'KENALI_DATA_DIR',
    'path',
    '.kenali',
    'Directory of the embedded PostgreSQL (pg/) and of the file other kenali processes use to join it.',
  ),
  v(
    'Storage',
    'MIGRATE_ON_START',
    'true | false',
    'true',
    'The service applies pending migrations before listening (`kenali serve --no-migrate` sets false). false: a ' +
      'database with pending migrations stops the start with exit code 5; run `kenali migrate plan` and ' +
      '`kenali migrate up` separately (ADR 0015).',
  ),
  v(
    'Storage',
    'REDIS_URL',
    'redis:// or rediss:// URL',
    '–',
    'Optional cache and rate-limit counters; every Redis error is a logged miss.',
    true,
  ),
];
