// @ts-nocheck
import { CachedCatalogue, CachedUserDirectory } from '@kenali/adapters';
import {
  type PortError,
  type UserDirectory,
  type UserSummary,
  ProfessionId,
  RiasecCodeId,
  UserId,
  portError,
} from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { inMemoryHarness } from '../../contracts/harness/in-memory-harness.js';
import { ProfessionMother } from '../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../support/expect-either.js';

/** A users table in a Map that counts its lookups and can be told to fail. */
class TableUsers implements UserDirectory {
  readonly rows = new Map<string, UserSummary>();
  lookups = 0;
  down = false;
  find(id: UserId): TE.TaskEither<PortError, O.Option<UserSummary>> {
    this.lookups += 1;
    if (this.down) return TE.left(portError('users', 'unavailable', 'database down'));
    return TE.right(O.fromNullable(this.rows.get(id)));
  }
}

const ID = UserId('6f1c2b7e-0000-4000-8000-000000000001');

describe('read caches in front of PostgreSQL (ADR 0012)', () => {
  describe('CachedUserDirectory', () => {
    let clock: number;
    let table: TableUsers;
    let users: CachedUserDirectory;
    beforeEach(() => {
      clock = 1_000;
      table = new TableUsers();
      users = new CachedUserDirectory(table, 2_000, { now: () => clock });
    });

    it('answers repeated lookups of a found user from memory until the TTL passes', async () => {
      table.rows.set(ID, { id: ID, fullname: 'Sari', role: 'USER' });
      expect(await runRight(users.find(ID))).to.deep.equal(
        O.some({ id: ID, fullname: 'Sari', role: 'USER' }),
      );
      table.rows.set(ID, { id: ID, fullname: 'Sari', role: 'ADMIN' });
      clock += 1_999;
      expect(O.toUndefined(await runRight(users.find(ID)))?.role).to.equal('USER');
      expect(table.lookups).to.equal(1);
      clock += 1;
      expect(O.toUndefined(await runRight(users.find(ID)))?.role).to.equal('ADMIN');
      expect(table.lookups).to.equal(2);
    });

    it('never remembers an absent user, so a user created a moment later authenticates at once', async () => {
      expect(await runRight(users.find(ID))).to.deep.equal(O.none);
      table.rows.set(ID, { id: ID, fullname: null, role: 'USER' });
      expect(O.isSome(await runRight(users.find(ID)))).to.equal(true);
    });

    it('passes a storage failure through and remembers nothing from it', async () => {
      table.down = true;
      expect((await runLeft(users.find(ID), 'PortError')).reason).to.equal('unavailable');
      table.down = false;
      table.rows.set(ID, { id: ID, fullname: null, role: 'USER' });
      expect(O.isSome(await runRight(users.find(ID)))).to.equal(true);
    });

    it('with a TTL of 0 asks the table every time', async () => {
      const uncached = new CachedUserDirectory(table, 0, { now: () => clock });
      table.rows.set(ID, { id: ID, fullname: null, role: 'USER' });
      await runRight(uncached.find(ID));
      table.rows.delete(ID);
      expect(await runRight(uncached.find(ID))).to.deep.equal(O.none);
    });
  });

  describe('CachedCatalogue', () => {
    const setup = async () => {
      const h = await inMemoryHarness();
      let clock = 0;
      const catalogue = new CachedCatalogue(h.repos.catalogue, 60_000, { now: () => clock });
      const advance = (ms: number) => (clock += ms);
      return { h, catalogue, advance };
    };

    it('serves codes by id from one load of the table, and a code added later by asking again', async () => {
      const { h, catalogue } = await setup();
      const investigative = await h.seed.code('I');
      expect(await runRight(catalogue.codeById(investigative.id))).to.deep.equal(investigative);
      const social = await h.seed.code('S');
      expect(await runRight(catalogue.codeById(social.id))).to.deep.equal(social);
      expect(await runRight(catalogue.codeById(RiasecCodeId(987_654)))).to.equal(undefined);
    });

    it('keeps an edited code or profession name until the TTL passes, then shows the edit', async () => {
      const { h, catalogue, advance } = await setup();
      const code = await h.seed.code('A');
      const id = await h.seed.profession(ProfessionMother.withCode('A'));
      const before = (await runRight(catalogue.briefs([id])))[0]?.name;
      await runRight(catalogue.codeById(code.id));
      const { professions, codes } = h.db.state;
      professions.set(Number(id), { ...professions.get(Number(id))!, name: 'Nama Baru' });
      codes.set(Number(code.id), { ...code, riasec_title: 'Judul Baru' });
      expect((await runRight(catalogue.briefs([id])))[0]?.name).to.equal(before);
      expect((await runRight(catalogue.codeById(code.id)))?.riasec_title).to.equal(code.riasec_title);
      advance(60_000);
      expect((await runRight(catalogue.briefs([id])))[0]?.name).to.equal('Nama Baru');
      expect((await runRight(catalogue.codeById(code.id)))?.riasec_title).to.equal('Judul Baru');
    });

    it('answers briefs once per id, mixing held and fetched ones, and skips unknown ids', async () => {
      const { h, catalogue } = await setup();
      const a = await h.seed.profession(ProfessionMother.withCode('R'));
      const b = await h.seed.profession(ProfessionMother.withCode('C'));
      await runRight(catalogue.briefs([a]));
      const both = await runRight(catalogue.briefs([b, a, a, ProfessionId(999_999)]));
      expect(both.map((p) => p.profession_id)).to.deep.equal([b, a]);
      const direct = new Map(
        (await runRight(h.repos.catalogue.briefs([a, b]))).map((p) => [p.profession_id, p]),
      );
      expect(both).to.deep.equal([direct.get(b), direct.get(a)]);
    });

    it('passes a failed load through and loads again on the next call', async () => {
      const { h, catalogue } = await setup();
      const code = await h.seed.code('E');
      h.db.faults.failNext('catalogue.codes');
      const failed = await catalogue.codeById(code.id)();
      expect(E.isLeft(failed) && failed.left.reason).to.equal('unavailable');
      expect(await runRight(catalogue.codeById(code.id))).to.deep.equal(code);
    });
  });
});
