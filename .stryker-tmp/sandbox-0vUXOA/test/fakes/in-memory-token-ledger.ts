// @ts-nocheck
import type { Debit, DebitReceipt, PortError, TokenError, TokenLedger } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { InMemoryDatabase } from './in-memory-database.js';

const PORT = 'token_wallet';

/** The wallet and its OUT ledger rows; a refused debit writes nothing. */
export class InMemoryTokenLedger implements TokenLedger {
  constructor(private readonly db: InMemoryDatabase) {}

  debit(debit: Debit): TE.TaskEither<PortError | TokenError, DebitReceipt> {
    return async () => {
      const outcome = await this.db.op(PORT, 'debit', (state): E.Either<TokenError, DebitReceipt> => {
        const balance = state.wallets.get(debit.user);
        if (balance === undefined) return E.left({ _tag: 'WalletNotFound' });
        if (balance < debit.amount)
          return E.left({ _tag: 'InsufficientTokens', balance, required: debit.amount });
        const receipt = { balance_before: balance, balance_after: balance - debit.amount };
        state.wallets.set(debit.user, receipt.balance_after);
        state.ledger.push({
          user: debit.user,
          direction: 'OUT',
          amount: debit.amount,
          ...receipt,
          reference: debit.reference,
          description: debit.description,
          occurred_at: debit.at,
        });
        return E.right(receipt);
      })();
      return E.isLeft(outcome) ? outcome : outcome.right;
    };
  }
}
