/**
 * Answers the transport layer gives on any route before a handler runs (ADR 0022); all problem+json.
 * Listed on every operation so a client generated from the document knows them, and under
 * `components.responses` for the methods a path does not have (405/501 carry no operation of their own).
 */
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export const transportResponses = {
  MethodNotAllowed: problem(
    'the path exists but not with this method; the Allow header lists the ones it has',
  ),
  RequestTimeout: problem(
    'the headers or the body did not arrive within REQUEST_TIMEOUT_MS; the connection is closed',
  ),
  PayloadTooLarge: problem('the body (after any Content-Encoding) is larger than BODY_LIMIT_KB'),
  UnsupportedMediaType: problem(
    'the body is not application/json in UTF-8, or its Content-Encoding is unknown',
  ),
  HeaderFieldsTooLarge: problem(
    'the request headers are larger than the server accepts; the connection is closed',
  ),
  NotImplemented: problem('the HTTP method is not one the service implements'),
  InternalError: problem('an unexpected failure; the request’s transaction was rolled back, retry is safe'),
} as const;

const ref = (name: keyof typeof transportResponses) => ({ $ref: `#/components/responses/${name}` });

const everyOperation = {
  405: ref('MethodNotAllowed'),
  408: ref('RequestTimeout'),
  431: ref('HeaderFieldsTooLarge'),
  500: ref('InternalError'),
  501: ref('NotImplemented'),
};
const withBody = { 413: ref('PayloadTooLarge'), 415: ref('UnsupportedMediaType') };

type Operation = { responses: Record<string, unknown> };

/** Adds the transport answers to every operation (and 413/415 to those that take a body). */
export const withTransportResponses = <P extends Record<string, Record<string, unknown>>>(paths: P): P =>
  Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => {
          const op = operation as Operation;
          if (typeof op !== 'object' || !('responses' in op)) return [method, operation];
          const extra = method === 'post' ? { ...everyOperation, ...withBody } : everyOperation;
          return [method, { ...op, responses: { ...extra, ...op.responses } }];
        }),
      ),
    ]),
  ) as P;
