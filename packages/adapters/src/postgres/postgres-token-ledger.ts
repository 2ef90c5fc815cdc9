import { randomUUID } from 'node:crypto';
import type { Debit, DebitReceipt, PortError, TokenError, TokenLedger } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeRow } from './attempt.js';
import { firstRow, namedRun, statement } from './named-query.js';

const PORT = 'token_wallet';
const WalletRow = t.type({ id: t.string, balance: t.number });
type Wallet = t.TypeOf<typeof WalletRow>;

// Run as named statements (ADR 0036).
const LOCK_WALLET = statement('select id, balance from token_wallet where user_id = ? limit 1 for update');
const SET_BALANCE = statement('update token_wallet set balance = ?, updated_at = ? where id = ?');
const INSERT_LEDGER =
  statement(`insert into token_ledger (id, occurred_at, wallet_id, direction, amount, balance_before,
  balance_after, source_type, reference_id, description, created_at)
  values (?, ?, ?, 'OUT', ?, ?, ?, 'CAREER_PROFILE_TEST', ?, ?, ?)`);

/**
 * Debits lock the wallet row (`FOR UPDATE`) so concurrent debits serialise, then write the balance and
 * one OUT ledger row in the caller's transaction (upstream §2.2).
 */
export class PostgresTokenLedger implements TokenLedger {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  debit(debit: Debit): TE.TaskEither<PortError | TokenError, DebitReceipt> {
    type Failure = PortError | TokenError;
    return pipe(
      attempt(PORT, () => firstRow(this.db, LOCK_WALLET, [debit.user])),
      TE.chain((row: unknown): TE.TaskEither<Failure, Wallet> =>
        row === undefined
          ? TE.left({ _tag: 'WalletNotFound' })
          : TE.fromEither(decodeRow(PORT, WalletRow)(row)),
      ),
      TE.chain((wallet): TE.TaskEither<Failure, DebitReceipt> =>
        wallet.balance < debit.amount
          ? TE.left({ _tag: 'InsufficientTokens', balance: wallet.balance, required: debit.amount })
          : this.write(wallet, debit),
      ),
    );
  }

  private write(wallet: Wallet, debit: Debit): TE.TaskEither<PortError, DebitReceipt> {
    const receipt = { balance_before: wallet.balance, balance_after: wallet.balance - debit.amount };
    return attempt(PORT, async () => {
      await namedRun(this.db, SET_BALANCE, [receipt.balance_after, debit.at, wallet.id]);
      await namedRun(this.db, INSERT_LEDGER, [
        randomUUID(),
        debit.at,
        wallet.id,
        debit.amount,
        receipt.balance_before,
        receipt.balance_after,
        debit.reference,
        debit.description,
        debit.at,
      ]);
      return receipt;
    });
  }
}
