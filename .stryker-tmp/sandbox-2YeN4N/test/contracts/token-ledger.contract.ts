// @ts-nocheck
import type { Debit, TokenLedger, UserId } from '@kenali/domain';
import { expect } from 'chai';
import { uuid } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import type { ContractSubject } from './contract-subject.js';

const debitOf = (user: UserId, amount: number, at = new Date('2026-03-01T08:00:00.000Z')): Debit => ({
  user,
  amount,
  description: 'Pemakaian Tes Profil Karier — Rekomendasi Profesi',
  at,
  reference: uuid(),
});

/** Behaviour every TokenLedger must have: a refused debit changes nothing, a debit writes one OUT row. */
export const tokenLedgerContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<TokenLedger>>,
): void => {
  describe(`${name} honours the TokenLedger contract`, function () {
    let s: ContractSubject<TokenLedger>;
    beforeEach(async function () {
      s = await makeSubject();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('answers WalletNotFound for a user without a wallet and writes nothing', async function () {
      const user = await s.harness.seed.user({ tokens: null });
      await runLeft(s.subject.debit(debitOf(user, 3)), 'WalletNotFound');
      expect(await s.harness.seed.ledger(user)).to.deep.equal([]);
    });

    it('answers InsufficientTokens with balance and price, leaving the balance and ledger untouched', async function () {
      const user = await s.harness.seed.user({ tokens: 2 });
      const refused = await runLeft(s.subject.debit(debitOf(user, 3)), 'InsufficientTokens');
      expect(refused).to.deep.equal({ _tag: 'InsufficientTokens', balance: 2, required: 3 });
      expect(await s.harness.seed.balance(user)).to.equal(2);
      expect(await s.harness.seed.ledger(user)).to.deep.equal([]);
    });

    it('debits the wallet and returns the balance before and after', async function () {
      const user = await s.harness.seed.user({ tokens: 10 });
      const receipt = await runRight(s.subject.debit(debitOf(user, 3)));
      expect(receipt).to.deep.equal({ balance_before: 10, balance_after: 7 });
      expect(await s.harness.seed.balance(user)).to.equal(7);
    });

    it('writes one OUT ledger row carrying amount, balances, reference, description and time', async function () {
      const user = await s.harness.seed.user({ tokens: 5 });
      const debit = debitOf(user, 3, new Date('2026-03-02T11:22:33.444Z'));
      await runRight(s.subject.debit(debit));
      expect(await s.harness.seed.ledger(user)).to.deep.equal([
        {
          direction: 'OUT',
          amount: 3,
          balance_before: 5,
          balance_after: 2,
          reference: debit.reference,
          description: debit.description,
          occurred_at: debit.at,
        },
      ]);
    });

    it('lets a debit take the balance to exactly zero, and refuses the next one', async function () {
      const user = await s.harness.seed.user({ tokens: 3 });
      expect(await runRight(s.subject.debit(debitOf(user, 3)))).to.deep.equal({
        balance_before: 3,
        balance_after: 0,
      });
      await runLeft(s.subject.debit(debitOf(user, 3)), 'InsufficientTokens');
      expect(await s.harness.seed.balance(user)).to.equal(0);
    });

    it('chains consecutive debits: each row starts where the previous ended', async function () {
      const user = await s.harness.seed.user({ tokens: 9 });
      await runRight(s.subject.debit(debitOf(user, 3, new Date('2026-03-01T08:00:00.000Z'))));
      await runRight(s.subject.debit(debitOf(user, 3, new Date('2026-03-01T08:01:00.000Z'))));
      const rows = await s.harness.seed.ledger(user);
      expect(rows.map((r) => [r.balance_before, r.balance_after])).to.deep.equal([
        [9, 6],
        [6, 3],
      ]);
    });

    it("never touches another user's wallet", async function () {
      const payer = await s.harness.seed.user({ tokens: 6 });
      const other = await s.harness.seed.user({ tokens: 6 });
      await runRight(s.subject.debit(debitOf(payer, 3)));
      expect(await s.harness.seed.balance(other)).to.equal(6);
      expect(await s.harness.seed.ledger(other)).to.deep.equal([]);
    });
  });
};
