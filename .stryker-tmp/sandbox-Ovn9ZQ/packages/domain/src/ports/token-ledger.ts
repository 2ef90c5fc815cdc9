// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { UserId } from '../model/ids.js';

export type TokenError =
  | { readonly _tag: 'WalletNotFound' }
  | { readonly _tag: 'InsufficientTokens'; readonly balance: number; readonly required: number };

export interface Debit {
  readonly user: UserId;
  readonly amount: number;
  readonly description: string;
  readonly at: Date;
  /** What the tokens paid for (the session token); lets an audit prove one debit per operation. */
  readonly reference: string;
}

export interface DebitReceipt {
  readonly balance_before: number;
  readonly balance_after: number;
}

/** The user's token wallet: a debit locks the wallet row and writes one OUT ledger row. */
export interface TokenLedger {
  debit(debit: Debit): TE.TaskEither<PortError | TokenError, DebitReceipt>;
}
