import type { ClaimTicket } from '@kenali/domain';

/**
 * Process state the app shares with the server loop (ADR 0019): `draining` turns readiness to 503 as soon as
 * shutdown begins; `unfinishedClaims` holds the idempotency claims of requests still running, so shutdown
 * can release those it had to cut instead of leaving their keys locked for the lease.
 */
export class Lifecycle {
  draining = false;
  readonly unfinishedClaims = new Set<ClaimTicket>();
}
