import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { expect } from 'chai';
import fc from 'fast-check';
import { completeRiasec } from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { mismatch } from '../../support/openapi-traffic.js';
import { rawServer } from '../../support/raw-http.js';
import {
  type FuzzRequest,
  type Operation,
  bodyBytes,
  encodeSegment,
  operationsOf,
  requestsFor,
  resolvePicks,
} from './requests.js';
import { type Fingerprint, changedTables, fingerprinter } from './row-fingerprint.js';

/**
 * The fuzzer as a test (issue 19, ADR 0028): requests generated from the served /openapi.json for every
 * operation, sent to the real server (`createHttpServer`, as `kenali serve`) on real PostgreSQL. Each answer
 * must be below 500, match the document, and a rejected (4xx) request must leave every table as it was.
 * `FUZZ_RUNS` (total requests, default 2000) and `FUZZ_SEED` choose the run; `npm run fuzz` runs 20,000.
 */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 19);

const IMPLEMENTED = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

const perOperation = new Map<string, number>();
const statuses = new Map<number, number>();

describe(`fuzz: every operation of /openapi.json (FUZZ_RUNS=${TOTAL_RUNS}, FUZZ_SEED=${SEED})`, () => {
  let app: TestApp;
  let server: Server;
  let port: number;
  let operations: Operation[] = [];
  let doc: Parameters<typeof operationsOf>[0];
  let fingerprint: (at: Date) => Promise<Fingerprint>;
  const users: Record<string, string> = {};
  const pools: Record<string, unknown[]> = { tokens: [], professions: [], history: [] };

  before(async function () {
    this.timeout(60_000);
    app = await testApp();
    ({ server, port } = await rawServer(app.callback));
    doc = JSON.parse((await send({ method: 'GET', path: '/openapi.json', headers: {} })).body.toString());
    operations = operationsOf(doc);
    const user = await createUser(app.knex, { tokens: 1000 });
    users.user = user.id;
    users['no-wallet'] = (await createUser(app.knex, { wallet: false })).id;
    const { token, candidates } = await completeRiasec(app, user);
    pools.tokens.push(token, randomUUID());
    pools.professions.push(...candidates.map((c) => c.profession_id));
    const professions = await app.knex('professions').orderBy('id').limit(10).pluck('id');
    pools.professions.push(...(professions as number[]));
    pools.history.push(...((await app.knex('kenalidiri_history').limit(5).pluck('id')) as number[]));
    fingerprint = await fingerprinter(app.knex);
  });

  after(() => {
    server?.close();
    const total = [...perOperation.values()].reduce((a, b) => a + b, 0);
    const fivexx = [...statuses].filter(([s]) => s >= 500 && s !== 501).reduce((a, [, n]) => a + n, 0);
    console.log(
      `[fuzz] ${total} requests over ${perOperation.size} operations, seed ${SEED}; ` +
        `5xx=${fivexx} (501 Not Implemented for unknown methods: ${statuses.get(501) ?? 0})`,
    );
    console.log(
      `[fuzz] statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    if (process.env.FUZZ_VERBOSE) {
      for (const [name, n] of [...perOperation].sort())
        console.log(`[fuzz]   ${String(n).padStart(6)}  ${name}`);
    }
  });

  const send = (options: { method: string; path: string; headers: Record<string, string>; body?: Buffer }) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, ...options, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: (res.headers['content-type'] ?? '').split(';')[0] ?? '',
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
      req.on('error', reject);
      req.end(options.body);
    });

  const headersOf = (r: FuzzRequest, body: Buffer | undefined): Record<string, string> => {
    const headers: Record<string, string> = {};
    if (r.auth === 'user' || r.auth === 'no-wallet') headers['x-user-id'] = users[r.auth]!;
    if (r.auth === 'unknown') headers['x-user-id'] = randomUUID();
    if (r.auth === 'malformed') headers['x-user-id'] = 'not-a-uuid';
    if (r.auth === 'bearer-junk') headers.authorization = 'Bearer abc.def.ghi';
    if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
    if (body) {
      if (r.contentType) headers['content-type'] = r.contentType;
      if (r.contentEncoding) headers['content-encoding'] = r.contentEncoding;
      headers['content-length'] = String(body.length);
    }
    return headers;
  };

  /** Sends one generated request and checks it; the thrown error is what fast-check shrinks on. */
  const check = async (op: Operation, r: FuzzRequest): Promise<void> => {
    let i = 0;
    const filled = op.template.replace(/\{[^}]+\}/g, () => encodeSegment(resolvePicks(r.path[i++], pools)));
    const query = Object.entries(r.query)
      .map(([k, v]) => `${k}=${v === 'self' ? users.user : encodeSegment(v)}`)
      .join('&');
    const path = query ? `${filled}?${query}` : filled;
    const body = bodyBytes(r, pools);
    // Both fingerprints see the tables as of the moment the request is sent (see row-fingerprint.ts).
    const sentAt = new Date();
    const seen = await fingerprint(sentAt);
    const answer = await send({ method: r.method, path, headers: headersOf(r, body), body });
    perOperation.set(
      `${op.method} ${op.template}`,
      (perOperation.get(`${op.method} ${op.template}`) ?? 0) + 1,
    );
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    const said = `${r.method} ${path.slice(0, 200)} → ${answer.status} ${answer.body.toString().slice(0, 300)}`;
    // 501 is the documented answer to a method the service does not implement at all (TRACE, PROPFIND…).
    if (answer.status === 501) expect(IMPLEMENTED, said).not.to.include(r.method);
    else expect(answer.status, said).to.be.below(500);
    const problem = mismatch({ method: r.method, url: path, ...answer });
    expect(problem, said).to.equal(undefined);
    const after = await fingerprint(sentAt);
    if (answer.status >= 400) {
      const keyed = r.idempotencyKey !== undefined && [400, 404, 409].includes(answer.status);
      // A keyed definitive refusal is stored for replay (idempotency policy); nothing else may change.
      const changed = changedTables(seen, after).filter((t) => !(keyed && t === 'idempotency_keys'));
      expect(changed, `rejected request wrote rows: ${said}`).to.deep.equal([]);
    } else if (answer.type === 'application/json') {
      const parsed = JSON.parse(answer.body.toString()) as Record<string, unknown>;
      if (typeof parsed.session_token === 'string') pools.tokens.push(parsed.session_token);
      if (Array.isArray(parsed)) pools.history.push(...parsed.flatMap((row) => row?.id ?? []));
    }
  };

  it('covers every operation of the served document', () => {
    expect(operations.length).to.be.greaterThan(25);
  });

  // One test per operation, so a failure names it; the runs are split evenly.
  const templates = (): Operation[] => operations;
  for (let index = 0; index < 40; index++) {
    it(`operation #${index + 1}: no 5xx, answers as documented, rejected requests write nothing`, async function () {
      const op = templates()[index];
      if (!op) this.skip();
      this.timeout(0);
      const runs = Math.ceil(TOTAL_RUNS / operations.length);
      await fc.assert(
        fc.asyncProperty(requestsFor(op, doc), (r) => check(op, r)),
        { numRuns: runs, seed: SEED + index, endOnFailure: true },
      );
    });
  }
});
