/**
 * Real scored sessions for the rescoring tests, driven over HTTP (offline AI) on a scratch database of their
 * own, so `kenali rescore --all` in a spawned CLI never touches another suite's sessions.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildContainer } from '@kenali/adapters';
import { createApp } from '@kenali/http';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { pino } from 'pino';
import supertest from 'supertest';
import { migrateLatest } from '../../packages/adapters/src/postgres/migrator.js';
import { seedDemoContent } from '../../packages/adapters/src/seed/seed-demo-content.js';
import { type ScratchDatabase, createScratchDatabase } from './database.js';
import { API, DIMENSIONS, completeRiasec, researchAnswers, submitDimension } from './flows.js';
import { type TestApp, createUser, testConfig } from './kenali-app.js';
import { REPO_ROOT } from './paths.js';

export interface RescoreWorld {
  readonly url: string;
  readonly knex: Knex;
  readonly app: TestApp;
  drop(): Promise<void>;
}

export const rescoreWorld = async (): Promise<RescoreWorld> => {
  const db: ScratchDatabase = await createScratchDatabase();
  await migrateLatest(db.knex);
  await seedDemoContent(db.knex);
  const config = testConfig(db.url);
  const container = buildContainer(config, { knex: db.knex, redis: undefined, logger: pino({ level: 'silent' }) });
  const callback = createApp(container).callback();
  const app: TestApp = { http: supertest(callback), knex: db.knex, config, callback };
  return { url: db.url, knex: db.knex, app, drop: () => db.drop() };
};

export interface FixtureSession {
  readonly id: number;
  readonly token: string;
}

const idOf = async (knex: Knex, token: string): Promise<number> =>
  ((await knex('careerprofile_test_sessions').where({ session_token: token }).first('id')) as { id: number }).id;

/** A RECOMMENDATION session answered to the end over HTTP: scored, narrated, completed. */
export const scoredSession = async (app: TestApp, dimensions = DIMENSIONS.length): Promise<FixtureSession> => {
  const user = await createUser(app.knex);
  const { token, candidates } = await completeRiasec(app, user);
  const start = await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
  expect(start.status).to.equal(200);
  const answers = researchAnswers(candidates[0].profession_id);
  for (const key of DIMENSIONS.slice(0, dimensions)) {
    const res = await submitDimension(app, user, token, key, answers[key].selected, answers[key].text);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
  }
  return { id: await idOf(app.knex, token), token };
};

/** Three answers over HTTP, the fourth straight into the table: the state an interrupted finalize leaves. */
export const stuckSession = async (app: TestApp): Promise<FixtureSession> => {
  const session = await scoredSession(app, 3);
  const answer = {
    selected_profession_id: null,
    selection_type: 'not_selected',
    reasoning_text: researchAnswers(null).what_you_can_be_paid_for.text,
    answered_at: new Date().toISOString(),
  };
  await app.knex('ikigai_responses')
    .where({ test_session_id: session.id })
    .update({ dimension4_paid_for: JSON.stringify(answer) });
  return session;
};

/** Sets one stored r_raw (as an AI answer that changed would) without touching anything else. */
export const setStoredRaw = async (
  knex: Knex,
  session: number,
  dimension: string,
  professionId: number,
  rRaw: number,
): Promise<void> => {
  const row = (await knex('ikigai_dimension_scores').where({ test_session_id: session }).first()) as {
    scores_data: { dimension_scores: Record<string, { profession_id: number; r_raw: number }[]> };
  };
  const entries = row.scores_data.dimension_scores[dimension];
  const entry = entries.find((e) => e.profession_id === professionId);
  if (!entry) throw new Error(`profession ${professionId} has no entry in ${dimension}`);
  entry.r_raw = rRaw;
  await knex('ikigai_dimension_scores')
    .where({ test_session_id: session })
    .update({ scores_data: JSON.stringify(row.scores_data) });
};

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const CLI_MAIN = join(REPO_ROOT, 'packages/cli/dist/main.js');

/** The built CLI against `url`, offline AI, quiet logs. */
export const spawnCli = (url: string, args: readonly string[]) =>
  spawn(process.execPath, [CLI_MAIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, AI_PROVIDER: 'offline', LOG_LEVEL: 'silent', GEMINI_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export const runCli = (url: string, args: readonly string[]): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawnCli(url, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/** The JSON lines of a `--json` run, by type. */
export const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
