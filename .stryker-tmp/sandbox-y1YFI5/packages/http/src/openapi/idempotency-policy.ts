/** The idempotency policy every POST publishes (idempotency-anchors §5 A9). */
// @ts-nocheck

export const IDEMPOTENCY_POLICY =
  'Every POST is idempotent. Header `Idempotency-Key`: 1–255 characters of A–Z a–z 0–9 _ -, bare or as a quoted ' +
  'string; scope (user, key); the fingerprint is SHA-256 of method, route and canonical JSON body. Replays return the ' +
  'original status and byte-identical body with `Idempotent-Replayed: true` (first executions: `false`) and echo the key. ' +
  'Stored for 24 h (IDEMPOTENCY_TTL_HOURS): successes and definitive business errors (400/404/409). Not stored: 422, ' +
  '401/403, 402, 429 and rolled-back 5xx. A running original answers 409 with Retry-After (`Prefer: wait=N`, N ≤ 10, ' +
  'waits); an interrupted one frees its key after the lease (30 s). Without a key, identical requests are deduplicated ' +
  'for 60 s.';

export const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', pattern: '^"?[A-Za-z0-9_-]{1,255}"?$' },
  description: IDEMPOTENCY_POLICY,
};

const problem = (description: string) => ({
  description,
  headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Responses the idempotency layer adds to every POST. */
export const idempotencyResponses = {
  400: problem('invalid Idempotency-Key (or an error of the route itself)'),
  409: problem('the original request with this key is still running; Retry-After says when to retry'),
  422: problem('this key was used with a different request (or a validation error of the route)'),
  429: problem('too many live keys for this user (or a rate limit)'),
  503: problem('idempotency store unavailable: nothing was executed'),
};

type Operation = { parameters?: unknown[]; responses: Record<string, unknown> };

/** Adds the header and the idempotency responses to every POST of a paths object. */
export const withIdempotency = <P extends Record<string, Record<string, unknown>>>(paths: P): P =>
  Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      const post = item.post as Operation | undefined;
      if (!post) return [path, item];
      return [
        path,
        {
          ...item,
          post: {
            ...post,
            parameters: [...(post.parameters ?? []), idempotencyKeyParameter],
            responses: { ...idempotencyResponses, ...post.responses },
          },
        },
      ];
    }),
  ) as P;
