/**
 * Real scored sessions for the rescoring tests, driven over HTTP (offline AI) on a scratch database of their
 * own, so `kenali rescore --all` in a spawned CLI never touches another suite's sessions.
 */
// @ts-nocheck

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildContainer } from '@kenali/adapters';
import type {
  IkigaiDimensionScoresData,
  IkigaiTotalScoresData,
  RecommendationsData,
  RevisionDiff,
} from '@kenali/domain';
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
  const container = buildContainer(config, {
    knex: db.knex,
    redis: undefined,
    logger: pino({ level: 'silent' }),
  });
  const koa = createApp(container);
  const callback = koa.callback();
  const app: TestApp = { http: supertest(callback), knex: db.knex, config, callback, app: koa };
  return { url: db.url, knex: db.knex, app, drop: () => db.drop() };
};

/** Rows as knex returns them (JSONB parsed, timestamptz as Date). */
export interface DimensionRow {
  readonly scores_data: IkigaiDimensionScoresData;
  readonly calculated_at: Date;
  readonly ai_model_used: string;
}
export interface TotalRow {
  readonly scores_data: IkigaiTotalScoresData;
  readonly top_profession1_id: number | null;
  readonly top_profession2_id: number | null;
  readonly calculated_at: Date;
}
export interface RecommendationRow {
  readonly recommendations_data: RecommendationsData;
  readonly top_profession1_id: number | null;
  readonly generated_at: Date;
}
export interface RevisionRow {
  readonly test_session_id: number;
  readonly revision: number;
  readonly actor: string;
  readonly reason: string;
  readonly mode: string;
  readonly narrative: string;
  readonly diff: RevisionDiff;
  readonly old_dimension_scores: IkigaiDimensionScoresData | null;
  readonly old_total_scores: IkigaiTotalScoresData;
  readonly old_top_profession1_id: number | null;
  readonly old_calculated_at: Date;
  readonly old_recommendations_data: RecommendationsData | null;
}

/** Every stored document of a session, exactly as the Go side would read it. */
export const documents = async (knex: Knex, id: number) => ({
  dims: (await knex('ikigai_dimension_scores').where({ test_session_id: id }).first()) as DimensionRow,
  totals: (await knex('ikigai_total_scores').where({ test_session_id: id }).first()) as TotalRow,
  rec: (await knex('career_recommendations').where({ test_session_id: id }).first()) as RecommendationRow,
});

/** Revisions per session, in session order (0 for a session without one). */
export const revisionCounts = async (knex: Knex, sessions: readonly FixtureSession[]): Promise<number[]> => {
  const rows = await knex('score_revisions')
    .select<{ test_session_id: number; n: number }[]>('test_session_id', knex.raw('count(*)::int AS n'))
    .groupBy('test_session_id');
  const byId = new Map(rows.map((r) => [r.test_session_id, r.n]));
  return sessions.map((s) => byId.get(s.id) ?? 0);
};

export interface FixtureSession {
  readonly id: number;
  readonly token: string;
}

const idOf = async (knex: Knex, token: string): Promise<number> => {
  const row = await knex('careerprofile_test_sessions')
    .where({ session_token: token })
    .first<{ id: number }>('id');
  return row.id;
};

/** A RECOMMENDATION session answered to the end over HTTP: scored, narrated, completed. */
export const scoredSession = async (
  app: TestApp,
  dimensions: number = DIMENSIONS.length,
): Promise<FixtureSession> => {
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
  await app
    .knex('ikigai_responses')
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
  const row = (await knex('ikigai_dimension_scores')
    .where({ test_session_id: session })
    .first()) as DimensionRow;
  const entries =
    row.scores_data.dimension_scores[dimension as keyof IkigaiDimensionScoresData['dimension_scores']];
  const entry = entries.find((e) => e.profession_id === professionId);
  if (!entry) throw new Error(`profession ${professionId} has no entry in ${dimension}`);
  (entry as { r_raw: number }).r_raw = rRaw;
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
    env: {
      ...process.env,
      DATABASE_URL: url,
      AI_PROVIDER: 'offline',
      LOG_LEVEL: 'silent',
      GEMINI_API_KEY: '',
    },
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

/** The JSON lines of a `--json` run. */
export const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A `"type":"session"` line (the fields a test looks at). */
export interface SessionLine {
  readonly type: 'session';
  readonly session_id: number;
  readonly session_token: string;
  readonly outcome: string;
  readonly written: boolean;
  readonly narrative?: string;
  readonly top_2_changed?: boolean;
  readonly top_2_after?: [number | null, number | null] | null;
  readonly failed_dimensions_after?: string[];
}

/** The `"type":"summary"` line. */
export interface SummaryLine {
  readonly type: 'summary';
  readonly selected: number | null;
  readonly processed: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly interrupted: boolean;
  readonly last_session_id: number | null;
}

export const sessionLines = (stdout: string): SessionLine[] =>
  jsonLines(stdout).filter((l) => l.type === 'session') as unknown as SessionLine[];

export const summaryOf = (stdout: string): SummaryLine | undefined =>
  jsonLines(stdout).find((l) => l.type === 'summary') as unknown as SummaryLine | undefined;
