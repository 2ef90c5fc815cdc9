import type { Repositories, UnitOfWork, UserId } from '@kenali/domain';
import { CAREER_PROFILE_CATEGORY_CODE, shuffledQuestionIds } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { SessionMother, uuid } from '../fakes/mothers/index.js';
import { expectLeft, expectRight, runRight } from '../support/expect-either.js';
import type { ContractSubject } from './contract-subject.js';

const AT = new Date('2026-03-01T08:00:00.000Z');
const EVER = new Date(0);
/** A one-shot event a test can await: the explicit signal that replaces a sleep. */
const signal = () => {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
};

/** A session start as StartSession writes it: debit, session, history row, question order. */
const startWrites = (scope: Repositories, user: UserId) => {
  const fresh = SessionMother.recommendation(user, { started_at: AT });
  return pipe(
    scope.tokens.debit({ user, amount: 3, description: 'uji', at: AT, reference: fresh.session_token }),
    TE.chainW(() => scope.sessions.insert(fresh)),
    TE.chainFirstW((session) =>
      scope.history.recordStarted(user, session.id, CAREER_PROFILE_CATEGORY_CODE, AT),
    ),
    TE.chainFirstW((session) =>
      scope.riasec.saveQuestionSet(session.id, shuffledQuestionIds(fresh.session_token), AT),
    ),
    TE.chainFirstW((session) =>
      pipe(
        scope.sessions.saveTransition(SessionMother.advanced(session, 'completed', AT)),
        TE.chain(() =>
          scope.careerProfiles.setIfAbsent({
            user,
            activeSession: session.id,
            pinned: true,
            source: 'AUTO_FIRST_TIME',
            setAt: AT,
          }),
        ),
      ),
    ),
  );
};

/** Behaviour every UnitOfWork must have: Right commits every write, Left (or a throw) rolls every write back. */
export const unitOfWorkContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<UnitOfWork>>,
): void => {
  describe(`${name} honours the UnitOfWork contract`, function () {
    let s: ContractSubject<UnitOfWork>;
    beforeEach(async function () {
      s = await makeSubject();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('commits every write when the work returns Right', async function () {
      const user = await s.harness.seed.user({ tokens: 5 });
      const session = expectRight(await s.subject.run((scope) => startWrites(scope, user))());
      const { repos, seed } = s.harness;
      expect(await seed.balance(user)).to.equal(2);
      expect(await seed.ledger(user)).to.have.length(1);
      expect(O.isSome(await runRight(repos.sessions.findOwned(user, session.session_token)))).to.equal(true);
      expect(await seed.history(session.id)).to.have.length(1);
      expect(O.isSome(await runRight(repos.riasec.findQuestionSet(session.id)))).to.equal(true);
      expect(O.isSome(await runRight(repos.careerProfiles.find(user)))).to.equal(true);
    });

    it('rolls every write back and returns the Left untouched when the work fails', async function () {
      const user = await s.harness.seed.user({ tokens: 5 });
      let token = '';
      const failure = { _tag: 'Refused', why: 'business rule' } as const;
      const result = await s.subject.run((scope) =>
        pipe(
          startWrites(scope, user),
          TE.chainW((session) => {
            token = session.session_token;
            return TE.left(failure);
          }),
        ),
      )();
      expect(expectLeft(result, 'Refused')).to.deep.equal(failure);
      const { repos, seed } = s.harness;
      expect(await seed.balance(user)).to.equal(5);
      expect(await seed.ledger(user)).to.deep.equal([]);
      expect(token).to.not.equal('');
      expect(await runRight(repos.sessions.findOwned(user, token as never))).to.deep.equal(O.none);
      expect(await runRight(repos.sessions.findActive(user, EVER))).to.deep.equal(O.none);
      expect(await runRight(repos.careerProfiles.find(user))).to.deep.equal(O.none);
    });

    it('rolls back a write that came before a failing port call', async function () {
      const user = await s.harness.seed.user({ tokens: 5 });
      const duplicate = SessionMother.recommendation(user);
      await runRight(s.harness.repos.sessions.insert(duplicate));
      const result = await s.subject.run((scope) =>
        pipe(
          scope.tokens.debit({ user, amount: 3, description: 'uji', at: AT, reference: uuid() }),
          TE.chainW(() => scope.sessions.insert(duplicate)),
        ),
      )();
      expectLeft(result, 'PortError');
      expect(await s.harness.seed.balance(user)).to.equal(5);
    });

    it('turns a throw inside the work into a PortError and rolls back', async function () {
      const user = await s.harness.seed.user({ tokens: 5 });
      const result = await s.subject.run((scope) =>
        pipe(
          scope.tokens.debit({ user, amount: 3, description: 'uji', at: AT, reference: uuid() }),
          TE.chainW((): TE.TaskEither<never, void> => () => Promise.reject(new Error('bug in the work'))),
        ),
      )();
      expectLeft(result, 'PortError');
      expect(await s.harness.seed.balance(user)).to.equal(5);
    });

    it('lets the work read its own writes, while readers outside see none of them before the commit', async function () {
      const user = await s.harness.seed.user({ tokens: 5 });
      const fresh = SessionMother.recommendation(user);
      const seen = expectRight(
        await s.subject.run((scope) =>
          pipe(
            scope.sessions.insert(fresh),
            TE.chain(() => scope.sessions.findOwned(user, fresh.session_token)),
            TE.bindTo('inside'),
            TE.bind('outside', () => s.harness.repos.sessions.findOwned(user, fresh.session_token)),
          ),
        )(),
      );
      expect(O.isSome(seen.inside)).to.equal(true);
      expect(seen.outside).to.deep.equal(O.none);
      expect(
        O.isSome(await runRight(s.harness.repos.sessions.findOwned(user, fresh.session_token))),
      ).to.equal(true);
    });

    it('holds a second unit of work of the same user at lockUser until the first ends', async function () {
      const user = await s.harness.seed.user();
      const events: string[] = [];
      const firstLocked = signal();
      const releaseFirst = signal();
      const first = s.subject.run((scope) =>
        pipe(
          scope.sessions.lockUser(user),
          TE.chain(() =>
            TE.fromTask(async () => {
              events.push('first locked');
              firstLocked.fire();
              await releaseFirst.fired;
              events.push('first done');
            }),
          ),
        ),
      )();
      await firstLocked.fired;
      const second = s.subject.run((scope) =>
        pipe(
          scope.sessions.lockUser(user),
          TE.map(() => void events.push('second locked')),
        ),
      )();
      // The first holds its lock until the second has finished (a broken lock) or has had 150 ms to try;
      // a correct lock passes whatever the machine's load, because the order no longer depends on the clock.
      await Promise.race([second, new Promise((resolve) => setTimeout(resolve, 150))]);
      releaseFirst.fire();
      expectRight(await first);
      expectRight(await second);
      expect(events).to.deep.equal(['first locked', 'first done', 'second locked']);
    });

    it('never overdraws a wallet under concurrent debits in separate units of work', async function () {
      const user = await s.harness.seed.user({ tokens: 7 });
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          s.subject.run((scope) =>
            scope.tokens.debit({ user, amount: 3, description: 'uji', at: AT, reference: uuid() }),
          )(),
        ),
      );
      expect(results.filter((r) => r._tag === 'Right')).to.have.length(2);
      for (const refused of results.filter((r) => r._tag === 'Left'))
        expectLeft(refused, 'InsufficientTokens');
      expect(await s.harness.seed.balance(user)).to.equal(1);
      expect((await s.harness.seed.ledger(user)).map((r) => r.balance_after).sort()).to.deep.equal([1, 4]);
    });
  });
};
