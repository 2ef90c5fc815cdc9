import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { type ScratchDatabase, createScratchDatabase } from '../support/database.js';
import { CLI_MAIN, runCli } from '../support/rescore-fixtures.js';

/** `kenali serve` with a loopback host (so the gateway-secret guard lets it reach the database check). */
const serveNoMigrate = async (url: string): Promise<{ code: number; stderr: string }> => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const env = {
    ...process.env,
    DATABASE_URL: url,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'silent',
  };
  try {
    // The kill is a guard for a server that wrongly starts, not a timing expectation.
    await promisify(execFile)(process.execPath, [CLI_MAIN, 'serve', '--no-migrate'], {
      env,
      timeout: 60_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
};

/**
 * Issue 15, item 6: the command line applies migrations only when asked. On a database with pending
 * migrations every other command stops with exit code 5 and names `kenali migrate up`; `migrate status` and
 * `migrate plan` report them as pending and create nothing; `serve --no-migrate` refuses to start.
 */
describe('kenali applies migrations only when asked (issue 15)', function () {
  this.timeout(120_000);
  let scratch: ScratchDatabase;
  let planned: string[] = [];
  const kenali = (...args: string[]) => runCli(scratch.url, args);
  const tables = async (): Promise<string[]> =>
    scratch
      .knex('information_schema.tables')
      .where({ table_schema: scratch.knex.raw('current_schema()') })
      .orderBy('table_name')
      .pluck('table_name');

  before(async function () {
    scratch = await createScratchDatabase();
  });
  after(async function () {
    await scratch?.drop();
  });

  it('migrate status and plan show everything pending on an empty database and create nothing', async function () {
    const status = await kenali('migrate', 'status');
    expect(status.code, status.stderr).to.equal(0);
    const lines = status.stdout.trim().split('\n');
    expect(lines.length).to.be.greaterThan(10);
    expect(lines.every((l) => l.startsWith('pending  '))).to.equal(true);
    const plan = await kenali('migrate', 'plan');
    expect(plan.code).to.equal(5);
    planned = plan.stdout.split('\n');
    expect(planned).to.include('  create table careerprofile_test_sessions');
    expect(await tables()).to.deep.equal([]);
  });

  it('every other command stops with exit code 5, names kenali migrate up and changes nothing', async function () {
    for (const args of [['seed'], ['user', 'create'], ['audit', 'tokens'], ['rescore', '--all']]) {
      const run = await kenali(...args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).to.equal(5);
      expect(run.stderr, args.join(' ')).to.include('kenali migrate up');
    }
    const serve = await serveNoMigrate(scratch.url);
    expect(serve.code, serve.stderr).to.equal(5);
    expect(await tables()).to.deep.equal([]);
  });

  it('after migrate up, status lists every migration as applied and the other commands run', async function () {
    const up = await kenali('migrate', 'up');
    expect(up.code, up.stderr).to.equal(0);
    const status = await kenali('migrate', 'status');
    const lines = status.stdout.trim().split('\n');
    expect(lines.every((l) => l.startsWith('applied  '))).to.equal(true);
    expect(lines).to.include('applied  20261206000013_go_fk_rules');
    // The plan named every table that migrate up created (knex's own bookkeeping aside).
    const created = (await tables()).filter((t) => !t.startsWith('knex_'));
    expect(created.filter((t) => !planned.includes(`  create table ${t}`))).to.deep.equal([]);
    const seed = await kenali('seed');
    expect(seed.code, seed.stderr).to.equal(0);
  });
});
