// @ts-nocheck
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ClaimTicket, StoredResponse } from '@kenali/domain';

/**
 * The idempotency claim of the request being executed, visible to the unit of work without threading it
 * through every use case. `render` is set by routes whose single transaction produces the response: the
 * unit of work then stores that response in the same transaction as the side effects.
 */
export interface ClaimContext {
  readonly ticket: ClaimTicket;
  render?: (value: unknown) => StoredResponse;
  storedInTransaction: boolean;
}

const storage = new AsyncLocalStorage<ClaimContext>();

export const runWithClaim = <A>(context: ClaimContext, run: () => Promise<A>): Promise<A> =>
  storage.run(context, run);

export const currentClaim = (): ClaimContext | undefined => storage.getStore();

/** Thrown inside a transaction whose claim was taken over: the side effects roll back. */
export class ClaimLost extends Error {
  constructor() {
    super('idempotency claim was taken over by a newer attempt');
  }
}
