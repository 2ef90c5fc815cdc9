import { buildContainer, resolvePhysicalSchema } from '@kenali/adapters';
import { createApp } from '@kenali/http';
import { expect } from 'chai';
import { pino } from 'pino';
import supertest from 'supertest';
import type { ScratchDatabase } from './database.js';
import { type TestApp, testConfig } from './kenali-app.js';
import type { rowsSnapshot } from './upstream-rows.js';

/** The app on one scratch database, with the physical names resolved as `serve` does at start-up. */
export const appOnAdopted = async (scratch: ScratchDatabase): Promise<TestApp> => {
  const config = testConfig(scratch.url);
  const container = buildContainer(config, {
    knex: scratch.knex,
    schema: await resolvePhysicalSchema(scratch.knex),
    redis: undefined,
    logger: pino({ level: 'silent' }),
  });
  const app = createApp(container);
  const callback = app.callback();
  return { http: supertest(callback), knex: scratch.knex, config, callback, app };
};

export type Rows = Awaited<ReturnType<typeof rowsSnapshot>>;

/** Every row of `before` is still there with every column it had at the same value. */
export const expectRowsKept = (before: Rows, after: Rows): void => {
  for (const [table, rows] of before) {
    for (const [id, row] of rows) {
      const now = after.get(table)?.get(id);
      expect(now, `${table} row ${id}`).to.not.equal(undefined);
      for (const [column, value] of Object.entries(row))
        expect(now?.[column], `${table} ${id}.${column}`).to.deep.equal(value);
    }
  }
};
