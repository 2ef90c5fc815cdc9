// @ts-nocheck
import {
  type RenderedLookup,
  RenderedResults,
  type ResultRoute,
  type ResultVersions,
} from '@kenali/adapters';
import { type PortError, SessionToken, UserId, portError } from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';

/** Row versions in a Map, as PostgreSQL's xmin would give them; a missing key is "no such session". */
class TableVersions implements ResultVersions {
  readonly rows = new Map<string, string>();
  asked = 0;
  down = false;
  of(
    route: ResultRoute,
    user: UserId,
    token: SessionToken,
  ): Promise<E.Either<PortError, string | undefined>> {
    this.asked += 1;
    if (this.down) return Promise.resolve(E.left(portError('result_versions', 'unavailable', 'down')));
    return Promise.resolve(E.right(this.rows.get(`${route}/${user}/${token}`)));
  }
}

const USER = UserId('6f1c2b7e-0000-4000-8000-000000000002');
const token = (n: number) => SessionToken(`tok-${n}`);
const body = (text: string) => Buffer.from(JSON.stringify({ text }));

/** The lookup's answer when storage answered (these tests fail on a Left unless they expect one). */
const found = async (pending: Promise<E.Either<PortError, RenderedLookup>>): Promise<RenderedLookup> => {
  const looked = await pending;
  if (E.isLeft(looked)) throw new Error(looked.left.message);
  return looked.right;
};

describe('RenderedResults: rendered answers reused while their rows are unchanged (ADR 0014)', () => {
  let clock: number;
  let versions: TableVersions;
  let cache: RenderedResults;
  beforeEach(() => {
    clock = 1_000;
    versions = new TableVersions();
    cache = new RenderedResults(versions, { maxEntries: 3, ttlMs: 60_000 }, { now: () => clock });
    for (let n = 0; n < 5; n++) versions.rows.set(`riasec/${USER}/tok-${n}`, '100:101:-');
  });

  const store = async (n: number, text: string, viewer = 'Sari') => {
    const lookup = await found(cache.lookup('riasec', USER, token(n), viewer));
    expect(lookup.hit).to.equal(undefined);
    if (lookup.hit === undefined) lookup.remember?.(body(text));
  };

  it('answers the stored bytes while version and viewer are the same', async () => {
    await store(0, 'first');
    const again = await found(cache.lookup('riasec', USER, token(0), 'Sari'));
    expect(again.hit?.toString()).to.equal(JSON.stringify({ text: 'first' }));
    expect(versions.asked).to.equal(2); // the version is read on every lookup, hit or not
  });

  it('misses once a row version changes, and stores the new rendering under the new version', async () => {
    await store(0, 'first');
    versions.rows.set(`riasec/${USER}/tok-0`, '100:205:-');
    await store(0, 'second');
    expect((await found(cache.lookup('riasec', USER, token(0), 'Sari'))).hit?.toString()).to.contain(
      'second',
    );
  });

  it('misses for another viewer name (the header shows it) and for another route', async () => {
    await store(0, 'first');
    expect((await found(cache.lookup('riasec', USER, token(0), 'Budi'))).hit).to.equal(undefined);
    versions.rows.set(`personality/${USER}/tok-0`, '100:101:-');
    expect((await found(cache.lookup('personality', USER, token(0), 'Sari'))).hit).to.equal(undefined);
  });

  it('never stores anything for a session the versions do not know (foreign or missing)', async () => {
    const lookup = await found(cache.lookup('riasec', USER, token(99), 'Sari'));
    expect(lookup.hit).to.equal(undefined);
    expect(lookup.hit === undefined && lookup.remember).to.equal(undefined);
    expect(cache.size).to.equal(0);
  });

  it('forgets an answer after ttlMs even when nothing changed (catalogue texts age out)', async () => {
    await store(0, 'first');
    clock += 59_999;
    expect((await found(cache.lookup('riasec', USER, token(0), 'Sari'))).hit).to.not.equal(undefined);
    clock += 60_001;
    expect((await found(cache.lookup('riasec', USER, token(0), 'Sari'))).hit).to.equal(undefined);
  });

  it('holds at most maxEntries answers, dropping the least recently used', async () => {
    for (let n = 0; n < 5; n++) await store(n, `answer ${n}`);
    expect(cache.size).to.equal(3);
    expect((await found(cache.lookup('riasec', USER, token(0), 'Sari'))).hit).to.equal(undefined);
    expect((await found(cache.lookup('riasec', USER, token(4), 'Sari'))).hit?.toString()).to.contain(
      'answer 4',
    );
  });

  it('answers a storage failure as the failure itself, so the route does not wait on the database twice', async () => {
    versions.down = true;
    const looked = await cache.lookup('riasec', USER, token(0), 'Sari');
    expect(E.isLeft(looked) && looked.left.reason).to.equal('unavailable');
  });

  it('is off with 0 entries or a 0 TTL: no version is read, nothing is kept', async () => {
    for (const settings of [
      { maxEntries: 0, ttlMs: 60_000 },
      { maxEntries: 10, ttlMs: 0 },
    ]) {
      const off = new RenderedResults(versions, settings);
      const asked = versions.asked;
      const lookup = await found(off.lookup('riasec', USER, token(0), 'Sari'));
      expect(lookup.hit === undefined && lookup.remember).to.equal(undefined);
      expect(off.size).to.equal(0);
      expect(versions.asked).to.equal(asked);
    }
  });
});
