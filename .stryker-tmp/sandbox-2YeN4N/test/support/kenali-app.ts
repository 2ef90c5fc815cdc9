// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { type Config, buildContainer, loadConfig } from '@kenali/adapters';
import { createApp } from '@kenali/http';
import * as E from 'fp-ts/lib/Either.js';
import type { Container } from 'inversify';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { pino } from 'pino';
import supertest from 'supertest';
import { seedDemoContent } from '../../packages/adapters/src/seed/seed-demo-content.js';
import { testDatabase } from './database.js';

export interface TestApp {
  readonly http: ReturnType<typeof supertest>;
  readonly knex: Knex;
  readonly config: Config;
  readonly callback: ReturnType<ReturnType<typeof createApp>['callback']>;
  readonly app: ReturnType<typeof createApp>;
}

let seeded: Promise<unknown> | undefined;

/** Config for tests: rate limits off unless a test turns them on, silent logs. */
export const testConfig = (url: string, env: Record<string, string> = {}): Config => {
  const loaded = loadConfig({
    DATABASE_URL: url,
    RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'silent',
    AI_PROVIDER: 'offline',
    ...env,
  });
  if (E.isLeft(loaded)) throw new Error(loaded.left);
  return loaded.right;
};

/** The real app on the real test database (seeded once per process), driven in-process by supertest. */
export const testApp = async (
  env: Record<string, string> = {},
  options: {
    knex?: Knex;
    redis?: Redis;
    /** Rebind ports (e.g. a failing AI writer) before the app resolves them. */
    configure?: (container: Container) => void;
  } = {},
): Promise<TestApp> => {
  const db = await testDatabase();
  seeded ??= seedDemoContent(db.knex);
  await seeded;
  const config = testConfig(db.url, env);
  const knex = options.knex ?? db.knex;
  const container = buildContainer(config, {
    knex,
    redis: options.redis,
    logger: pino({ level: 'silent' }),
  });
  options.configure?.(container);
  const app = createApp(container);
  const callback = app.callback();
  return { http: supertest(callback), knex, config, callback, app };
};

export interface TestUser {
  readonly id: string;
  readonly headers: Record<string, string>;
}

/** A user (and, unless `wallet: false`, a token wallet) straight in the Go-owned tables. */
export const createUser = async (
  knex: Knex,
  options: { tokens?: number; role?: string; wallet?: boolean; fullname?: string } = {},
): Promise<TestUser> => {
  const id = randomUUID();
  await knex('users').insert({
    id,
    fullname: options.fullname ?? 'Sari Wulandari',
    email: `${id}@example.test`,
    password: 'x',
    phone_number: '0800000000',
    role: options.role ?? 'USER',
  });
  if (options.wallet !== false)
    await knex('token_wallet').insert({ user_id: id, balance: options.tokens ?? 10 });
  return { id, headers: { 'x-user-id': id } };
};

export const balanceOf = async (knex: Knex, user: string): Promise<number> => {
  const row: { balance: number } | undefined = await knex('token_wallet')
    .where({ user_id: user })
    .first('balance');
  return row?.balance ?? NaN;
};
