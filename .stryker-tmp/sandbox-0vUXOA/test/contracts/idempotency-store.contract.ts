// @ts-nocheck
import type { IdempotencyClaim, IdempotencyStore, StoredResponse, UserId } from '@kenali/domain';
import { expect } from 'chai';
import { fingerprint, suffix } from '../fakes/mothers/index.js';
import { expectLeft, runRight } from '../support/expect-either.js';
import type { ContractSubject } from './contract-subject.js';

// Far in the past, so expiry sweeps in a shared database only ever reach this suite's own records.
const T0 = new Date('2001-02-03T04:05:06.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const LEASE = 30;
const TTL = 3600;

const response = (text: string): StoredResponse => ({
  status: 201,
  headers: { 'content-type': 'application/json; charset=utf-8', location: '/api/v1/x' },
  // Not valid UTF-8 on purpose: a replay must hand back the very bytes that were stored.
  body: Uint8Array.from([...Buffer.from(text), 0x00, 0xff, 0xfe, 0x80]),
});

const bytes = (body: Uint8Array) => [...body];

/** Behaviour every IdempotencyStore must have (idempotency-anchors §4/§6.1: claim, fence, replay, expire). */
export const idempotencyStoreContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<IdempotencyStore>>,
): void => {
  describe(`${name} honours the IdempotencyStore contract`, function () {
    let s: ContractSubject<IdempotencyStore>;
    let user: UserId;
    let key: string;
    let fp: string;
    beforeEach(async function () {
      s = await makeSubject();
      user = await s.harness.seed.user();
      key = `key-${suffix()}`;
      fp = fingerprint();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    const claimOf = (overrides: Partial<IdempotencyClaim> = {}): IdempotencyClaim => ({
      user,
      key,
      origin: 'header',
      method: 'POST',
      route: '/api/v1/career-profile/riasec/submit',
      fingerprint: fp,
      now: T0,
      leaseSeconds: LEASE,
      ttlSeconds: TTL,
      maxLiveKeys: 50,
      ...overrides,
    });
    const claim = async (overrides: Partial<IdempotencyClaim> = {}) =>
      runRight(s.subject.claim(claimOf(overrides)));
    const ticketOf = async (overrides: Partial<IdempotencyClaim> = {}) => {
      const outcome = await claim(overrides);
      if (outcome._tag !== 'Claimed') expect.fail(`expected Claimed, got ${JSON.stringify(outcome)}`);
      return outcome.ticket;
    };

    it('claims a fresh key as attempt 1, no takeover', async function () {
      const outcome = await claim();
      expect(outcome).to.have.property('_tag', 'Claimed');
      expect(outcome._tag === 'Claimed' && outcome.ticket).to.deep.include({ attempt: 1, takeover: false });
    });

    it('answers InFlight to a second claim inside the lease, with the lease left and the age', async function () {
      await ticketOf();
      expect(await claim({ now: at(10) })).to.deep.equal({
        _tag: 'InFlight',
        retryAfterSeconds: 20,
        ageMs: 10_000,
      });
    });

    it('replays the completed response byte for byte, with its original time and record id', async function () {
      const ticket = await ticketOf();
      const stored = response('{"ok":true}');
      expect(await runRight(s.subject.complete(ticket, stored, at(1)))).to.equal(true);
      const replay = await claim({ now: at(5) });
      if (replay._tag !== 'Replay') expect.fail(`expected Replay, got ${JSON.stringify(replay)}`);
      expect(replay.recordId).to.equal(ticket.id);
      expect(replay.originalAt).to.deep.equal(T0);
      expect(replay.response.status).to.equal(201);
      expect(replay.response.headers).to.deep.equal(stored.headers);
      expect(bytes(replay.response.body)).to.deep.equal(bytes(stored.body));
    });

    it('answers FingerprintMismatch to another request under the same key, in flight or completed', async function () {
      const ticket = await ticketOf();
      expect(await claim({ fingerprint: fingerprint(), now: at(1) })).to.deep.equal({
        _tag: 'FingerprintMismatch',
      });
      await runRight(s.subject.complete(ticket, response('{}'), at(2)));
      expect(await claim({ fingerprint: fingerprint(), now: at(3) })).to.deep.equal({
        _tag: 'FingerprintMismatch',
      });
    });

    it('lets a retry take over an execution whose lease ran out, fencing the stale attempt out', async function () {
      const stale = await ticketOf();
      const fresh = await ticketOf({ now: at(LEASE + 1) });
      expect(fresh).to.deep.equal({ id: stale.id, attempt: 2, takeover: true });
      expect(await runRight(s.subject.complete(stale, response('stale'), at(LEASE + 2)))).to.equal(false);
      expect(await runRight(s.subject.complete(fresh, response('fresh'), at(LEASE + 3)))).to.equal(true);
      const replay = await claim({ now: at(LEASE + 4) });
      if (replay._tag !== 'Replay') expect.fail(`expected Replay, got ${JSON.stringify(replay)}`);
      expect(bytes(replay.response.body)).to.deep.equal(bytes(response('fresh').body));
      expect(replay.originalAt).to.deep.equal(at(LEASE + 1));
    });

    it('never lets a different request take over an expired lease', async function () {
      await ticketOf();
      expect(await claim({ fingerprint: fingerprint(), now: at(LEASE + 1) })).to.deep.equal({
        _tag: 'FingerprintMismatch',
      });
    });

    it('completes a ticket only once', async function () {
      const ticket = await ticketOf();
      expect(await runRight(s.subject.complete(ticket, response('a'), at(1)))).to.equal(true);
      expect(await runRight(s.subject.complete(ticket, response('b'), at(2)))).to.equal(false);
    });

    it('frees the key on release, so the next claim executes afresh', async function () {
      const ticket = await ticketOf();
      await runRight(s.subject.release(ticket));
      const again = await ticketOf({ now: at(1) });
      expect(again).to.deep.include({ attempt: 1, takeover: false });
    });

    it('ignores the release of a stale ticket after a takeover', async function () {
      const stale = await ticketOf();
      await ticketOf({ now: at(LEASE + 1) });
      await runRight(s.subject.release(stale));
      expect(await claim({ now: at(LEASE + 2) })).to.have.property('_tag', 'InFlight');
    });

    it('scopes keys per user', async function () {
      await ticketOf();
      const other = await s.harness.seed.user();
      expect(await claim({ user: other, fingerprint: fingerprint() })).to.have.property('_tag', 'Claimed');
    });

    it('refuses a new key beyond the live-key quota, but not the keys already held', async function () {
      const quota = { maxLiveKeys: 2 };
      await ticketOf({ ...quota, key: `${key}-1` });
      await ticketOf({ ...quota, key: `${key}-2` });
      expect(await claim({ ...quota, key: `${key}-3`, now: at(1) })).to.deep.equal({
        _tag: 'QuotaExceeded',
        retryAfterSeconds: LEASE,
      });
      expect(await claim({ ...quota, key: `${key}-1`, now: at(1) })).to.have.property('_tag', 'InFlight');
      const other = await s.harness.seed.user();
      expect(await claim({ ...quota, user: other, key: `${key}-3` })).to.have.property('_tag', 'Claimed');
      expect(await claim({ ...quota, key: `${key}-3`, now: at(TTL + 1) })).to.have.property(
        '_tag',
        'Claimed',
      );
    });

    it('keeps a completed outcome for its ttl, then lets the key be claimed again by any request', async function () {
      const ticket = await ticketOf();
      await runRight(s.subject.complete(ticket, response('{}'), at(1)));
      expect(await claim({ now: at(TTL - 1) })).to.have.property('_tag', 'Replay');
      const reclaimed = await ticketOf({ fingerprint: fingerprint(), now: at(TTL) });
      expect(reclaimed).to.deep.equal({ id: ticket.id, attempt: 2, takeover: true });
    });

    it('counts live records until they expire', async function () {
      const liveNow = await runRight(s.subject.countLive(at(1)));
      const liveLater = await runRight(s.subject.countLive(at(TTL + 1)));
      await ticketOf({ key: `${key}-1` });
      await ticketOf({ key: `${key}-2` });
      expect(await runRight(s.subject.countLive(at(1)))).to.equal(liveNow + 2);
      expect(await runRight(s.subject.countLive(at(TTL + 1)))).to.equal(liveLater);
    });

    it('deletes expired finished records in bounded batches, never a record inside its lease', async function () {
      const short = { ttlSeconds: 60 };
      for (const n of [1, 2, 3]) {
        const ticket = await ticketOf({ ...short, key: `${key}-${n}` });
        await runRight(s.subject.complete(ticket, response(`${n}`), at(1)));
      }
      await ticketOf({ ttlSeconds: 60, leaseSeconds: 3600, key: `${key}-leased` });
      expect(await runRight(s.subject.deleteExpired(at(30), 10))).to.equal(0);
      expect(await runRight(s.subject.deleteExpired(at(120), 2))).to.equal(2);
      expect(await runRight(s.subject.deleteExpired(at(120), 10))).to.equal(1);
      const leased = await claim({ key: `${key}-leased`, now: at(121), ttlSeconds: 60, leaseSeconds: 3600 });
      expect(leased).to.have.property('_tag', 'Claimed'); // expired, so claimable; but it was never deleted
      expect(leased._tag === 'Claimed' && leased.ticket.attempt).to.equal(2);
    });

    it('refuses a malformed fingerprint', async function () {
      expectLeft(await s.subject.claim(claimOf({ fingerprint: 'not-a-sha256' }))(), 'PortError');
    });
  });
};
