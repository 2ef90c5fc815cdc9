import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/openapi.js';
import { type RetryPolicy, retryingFetch } from './retrying-fetch.js';

export type { components, paths } from './generated/openapi.js';
export { IDEMPOTENCY_HEADER, newIdempotencyKey, type RetryPolicy } from './retrying-fetch.js';

/** The API's error body (`application/problem+json`). */
export type Problem = components['schemas']['Problem'] & Record<string, unknown>;

/** Who calls: the gateway's user id (AUTH_MODE=gateway), a JWT (AUTH_MODE=jwt), or nothing (a gateway adds it). */
export type Identity = { readonly userId: string } | { readonly bearer: string } | undefined;

export interface KenaliClientOptions {
  /** Where kenali listens, e.g. `http://localhost:8010` (no trailing `/api/v1`). */
  readonly baseUrl: string;
  readonly identity?: Identity | (() => Identity);
  readonly retry?: RetryPolicy;
  /** Another fetch (tests, a proxy); receives each attempt. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

export type KenaliClient = Client<paths>;

const identityHeaders = (identity: Identity): Record<string, string> => {
  if (!identity) return {};
  return 'userId' in identity
    ? { 'x-user-id': identity.userId }
    : { authorization: `Bearer ${identity.bearer}` };
};

/**
 * A typed client of kenali: `client.GET('/api/v1/…', { params })` and `client.POST(…, { body })` answer
 * `{ data, error, response }` with the types of the OpenAPI document. Each POST is one user action with one
 * Idempotency-Key (pass `headers: { 'Idempotency-Key': key }` to keep a key across a user's own retry).
 */
export const createKenaliClient = (options: KenaliClientOptions): KenaliClient => {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: retryingFetch(options.retry ?? { retries: 2 }, options.fetch),
  });
  client.use({
    onRequest({ request }) {
      const identity = typeof options.identity === 'function' ? options.identity() : options.identity;
      for (const [name, value] of Object.entries(identityHeaders(identity))) request.headers.set(name, value);
      return request;
    },
  });
  return client;
};

/** Narrows an openapi-fetch `error` to the problem body kenali sends. */
export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'status' in value && 'detail' in value;
