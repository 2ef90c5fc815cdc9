import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { createScratchDatabase, testDatabase } from '../support/database.js';
import { REPO_ROOT } from '../support/paths.js';

const run = promisify(execFile);
const CLI = `${REPO_ROOT}packages/cli/dist/main.js`;

const kenali = async (args: string[], env: Record<string, string>) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('kenali migrate, seed, user create and audit tokens', function () {
  this.timeout(60_000);

  it('migrates an empty database, reports status, seeds idempotently and creates a user with a wallet', async () => {
    const scratch = await createScratchDatabase();
    try {
      const env = { DATABASE_URL: scratch.url };
      const up = await kenali(['migrate', 'up'], env);
      expect(up.code, up.stderr).to.equal(0);
      const status = await kenali(['migrate', 'status'], env);
      expect(status.stdout)
        .to.match(/applied {2}20261122000001_go_owned_accounts/)
        .and.not.match(/pending/);
      const seeded = JSON.parse((await kenali(['seed'], env)).stdout) as { inserted: Record<string, number> };
      expect(seeded.inserted).to.include({ riasec_codes: 156, questions: 72 });
      expect(seeded.inserted.professions).to.be.at.least(60);
      const again = JSON.parse((await kenali(['seed'], env)).stdout) as { inserted: Record<string, number> };
      expect(again.inserted).to.deep.equal({ categories: 0, riasec_codes: 0, questions: 0, professions: 0 });
      const created = await kenali(['user', 'create', '--tokens', '7', '--role', 'expert'], env);
      const id = created.stdout.trim();
      expect(id).to.match(/^[0-9a-f-]{36}$/);
      const wallet = await scratch.knex('token_wallet').where({ user_id: id }).first();
      expect(wallet.balance).to.equal(7);
      expect((await scratch.knex('users').where({ id }).first()).role).to.equal('EXPERT');
      const bad = await kenali(['user', 'create', '--tokens', '-1'], env);
      expect(bad.code).to.equal(2);
      // --link: stdout is only the URL that opens the web client; its token is stored as a SHA-256. With
      // DATABASE_URL kenali listens on 0.0.0.0, which a browser on this machine reaches as localhost.
      const linked = await kenali(['user', 'create', '--link'], { ...env, PORT: '8123' });
      expect(linked.code, linked.stderr).to.equal(0);
      const url = linked.stdout.trim();
      expect(url).to.match(/^http:\/\/localhost:8123\/app\/#link=[A-Za-z0-9_-]{43}$/);
      const linkedId = /user ([0-9a-f-]{36})/.exec(linked.stderr)?.[1];
      const link = await scratch.knex('app_links').where({ user_id: linkedId }).first();
      expect(link.token_sha256).to.match(/^[0-9a-f]{64}$/);
      expect(url).to.not.contain(link.token_sha256);
      const elsewhere = await kenali(
        ['user', 'create', '--link', '--base-url', 'https://kenali.example/'],
        env,
      );
      expect(elsewhere.stdout).to.match(/^https:\/\/kenali\.example\/app\/#link=/);
    } finally {
      await scratch.drop();
    }
  });

  it('audit tokens passes on clean data and exits 1 on a deliberate double charge', async () => {
    const db = await testDatabase();
    const clean = await kenali(['audit', 'tokens'], { DATABASE_URL: db.url });
    expect(clean.code, clean.stderr).to.equal(0);
    expect(JSON.parse(clean.stdout)).to.include.keys('debits', 'operations', 'doubleCharged');

    const scratch = await createScratchDatabase();
    try {
      const env = { DATABASE_URL: scratch.url };
      await kenali(['migrate', 'up'], env);
      const user = (await kenali(['user', 'create', '--tokens', '9'], env)).stdout.trim();
      const wallet = await scratch.knex('token_wallet').where({ user_id: user }).first();
      const session = await scratch
        .knex('careerprofile_test_sessions')
        .insert({
          user_id: user,
          session_token: 'a0a0a0a0-0000-4000-8000-000000000001',
          persona_type: 'BUILDER',
          test_goal: 'RECOMMENDATION',
          uses_ikigai: true,
        })
        .returning('id');
      expect(session).to.have.length(1);
      const debit = {
        wallet_id: wallet.id,
        direction: 'OUT',
        amount: 3,
        balance_before: 9,
        balance_after: 6,
        source_type: 'CAREER_PROFILE_TEST',
        reference_id: 'a0a0a0a0-0000-4000-8000-000000000001',
      };
      await scratch.knex('token_ledger').insert([debit, { ...debit, balance_before: 6, balance_after: 3 }]);
      const audit = await kenali(['audit', 'tokens'], env);
      expect(audit.code).to.equal(1);
      expect(audit.stderr).to.match(/1 operation\(s\) debited more than once/);
    } finally {
      await scratch.drop();
    }
  });
});
