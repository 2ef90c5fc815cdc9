// @ts-nocheck
import { randomUUID } from 'node:crypto';
import type { Debit, DebitReceipt, PortError, TokenError, TokenLedger } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeRow } from './attempt.js';

const PORT = 'token_wallet';
const WalletRow = t.type({ id: t.string, balance: t.number });
type Wallet = t.TypeOf<typeof WalletRow>;

/**
 * Debits lock the wallet row (`FOR UPDATE`) so concurrent debits serialise, then write the balance and
 * one OUT ledger row in the caller's transaction (upstream §2.2).
 */
export class PostgresTokenLedger implements TokenLedger {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  debit(debit: Debit): TE.TaskEither<PortError | TokenError, DebitReceipt> {
    type Failure = PortError | TokenError;
    return pipe(
      attempt(PORT, () =>
        this.db('token_wallet').select('id', 'balance').where({ user_id: debit.user }).forUpdate().first(),
      ),
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
      await this.db('token_wallet')
        .where({ id: wallet.id })
        .update({ balance: receipt.balance_after, updated_at: debit.at });
      await this.db('token_ledger').insert({
        id: randomUUID(),
        occurred_at: debit.at,
        wallet_id: wallet.id,
        direction: 'OUT',
        amount: debit.amount,
        ...receipt,
        source_type: 'CAREER_PROFILE_TEST',
        reference_id: debit.reference,
        description: debit.description,
        created_at: debit.at,
      });
      return receipt;
    });
  }
}
