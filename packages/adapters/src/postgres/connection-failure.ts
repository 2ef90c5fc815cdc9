/**
 * Whether a driver error means "the database could not be reached or the connection died", as opposed to a
 * defect in a statement. A connection lost inside a transaction surfaces in many shapes — the socket error
 * itself, a ROLLBACK or COMMIT refused by a client that is no longer queryable, a terminated backend — and
 * all of them are an outage to retry (503), never a bug (500). A COMMIT whose outcome is unknown is resolved
 * by the idempotency key on the retry.
 */
const CONNECTION_CODES = new Set([
  // Node sockets and DNS
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL class 08 (connection exception) and 57P0x (operator intervention)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
  '57P01',
  '57P02',
  '57P03',
  // too many connections: the server is saturated, not broken
  '53300',
]);

const CONNECTION_MESSAGES = [
  /not queryable/i,
  /connection terminated/i,
  /connection error/i,
  /terminating connection/i,
  /timeout acquiring a connection/i,
  /socket (has been ended|hang up|closed)/i,
  /server closed the connection/i,
  /connection (is )?closed/i,
  /ECONNRESET|EPIPE|ECONNREFUSED/,
];

interface DriverError {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

export const isConnectionFailure = (caught: unknown, depth = 0): boolean => {
  if (caught === null || typeof caught !== 'object' || depth > 4) return false;
  const error = caught as DriverError;
  if (typeof error.code === 'string' && CONNECTION_CODES.has(error.code)) return true;
  if (typeof error.message === 'string' && CONNECTION_MESSAGES.some((re) => re.test(error.message as string)))
    return true;
  // AggregateError (several addresses refused) and wrapped causes
  if (Array.isArray(error.errors) && error.errors.some((e) => isConnectionFailure(e, depth + 1))) return true;
  return isConnectionFailure(error.cause, depth + 1);
};
