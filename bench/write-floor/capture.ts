// npm run bench:capture-writes — records, from PostgreSQL's own statement log, the SQL kenali runs for one
// recommendation/start, riasec/submit, non-final submit-dimension (each of the three) and final
// submit-dimension (offline engine), and writes it as bench/write-floor/statements.json for the write floor
// (bench/write-floor/server.ts).
//
// How: a private embedded PostgreSQL with the logging collector writing jsonlog; kenali (the real server
// process, offline engine, no Redis) connects as its own role, for which `log_statement = all` is set;
// markers from another connection bracket each request. One complete test warms kenali up (JIT, catalogue
// caches), then three more are captured; the three captures of each route must template to the same script,
// or the tool stops. AUTH_USER_CACHE_TTL_MS=0 so every request looks its caller up, as the write bench's
// kenali also does.
import { writeFile } from 'node:fs/promises';
import { createKnex, migrateLatest, seedDemoContent } from '@kenali/adapters';
import type { Knex } from 'knex';
import pg from 'pg';
import { startServerProcess } from '../../test/support/server-process.js';
import { API, type Answer, createUsers, dimensionBody, startBody, submitBody } from '../lib/api.js';
import { isMain } from '../lib/report.js';
import { type LogRecord, startLoggingCluster } from './cluster.js';
import { SCRIPT_FILE } from './paths.js';
import {
  type IdOrigin,
  type RouteScript,
  type ScriptStatement,
  loggedStatements,
  templateStatements,
} from './template.js';

const ROLE = 'kenali_capture';
const SAMPLES = 3;
/** Each table with its own id sequence gets ids from its own range, so an id names its table. */
const RANGE = 1_000_000;

export const ROUTES = [
  'recommendation/start',
  'riasec/submit',
  'submit-dimension 1 (non-final)',
  'submit-dimension 2 (non-final)',
  'submit-dimension 3 (non-final)',
  'submit-dimension 4 (final, offline)',
] as const;
export type RouteName = (typeof ROUTES)[number];

interface Sequenced {
  readonly table: string;
  readonly sequence: string;
}

/** Tables whose `id` comes from a sequence, each moved to its own range. */
const separateSequences = async (knex: Knex): Promise<Sequenced[]> => {
  const rows = await knex.raw<{ rows: { table: string; sequence: string }[] }>(
    `select c.relname as table, pg_get_serial_sequence(c.relname, 'id') as sequence
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attname = 'id' and not a.attisdropped
      where c.relkind = 'r' and n.nspname = 'public'
      order by c.relname`,
  );
  const tables = rows.rows.filter((t) => t.sequence !== null);
  for (const [i, t] of tables.entries())
    await knex.raw('select setval(?, ?, false)', [t.sequence, (i + 1) * RANGE]);
  return tables;
};

const uuidTables = async (knex: Knex): Promise<string[]> =>
  (
    await knex.raw<{ rows: { table_name: string }[] }>(
      `select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`,
    )
  ).rows.map((r) => r.table_name);

interface Captured {
  readonly route: RouteName;
  readonly flow: number;
  readonly user: string;
  readonly token?: string;
  readonly sentAt: number;
  readonly answer: { status: number; text: string };
  /** Last value of each id sequence before the request. */
  readonly before: Map<string, number>;
}

const post = async (base: string, path: string, user: string, body: unknown) => {
  const res = await fetch(`${base}${API}/${path}`, {
    method: 'POST',
    headers: { 'x-user-id': user, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, text, body: JSON.parse(text) as Answer['body'] };
};

const markerText = (edge: 'begin' | 'end', route: string, flow: number) => `capture ${edge} ${flow} ${route}`;

/** The records logged for kenali's role between a request's two markers. */
const between = (records: readonly LogRecord[], route: string, flow: number): LogRecord[] => {
  const index = (edge: 'begin' | 'end') =>
    records.findIndex((r) => r.detail?.includes(`'${markerText(edge, route, flow)}'`) === true);
  const from = index('begin');
  const to = index('end');
  if (from < 0 || to < from) throw new Error(`markers of ${route} #${flow} not found in the log`);
  return records.slice(from + 1, to).filter((r) => r.user === ROLE);
};

/** Origins of the ids a request's parameters use (integers by range, uuids by lookup). */
const origins = async (
  knex: Knex,
  c: Captured,
  values: (string | null)[][],
  sequenced: readonly Sequenced[],
  withUuid: readonly string[],
  insertedUuids: Set<string>,
): Promise<Map<string, IdOrigin>> => {
  const found = new Map<string, IdOrigin>();
  for (const value of new Set(values.flat())) {
    if (value === null || value === c.user || value === c.token) continue;
    if (/^\d+$/.test(value)) {
      const n = Number(value);
      const table = sequenced[Math.floor(n / RANGE) - 1]?.table;
      if (n < RANGE || !table) continue;
      found.set(value, { table, created: n > (c.before.get(table) ?? 0) });
    } else if (/^[0-9a-f-]{36}$/.test(value) && !insertedUuids.has(value)) {
      for (const table of withUuid) {
        const hit = await knex(table).where({ id: value }).first('id');
        if (hit) found.set(value, { table, created: false });
      }
    }
  }
  return found;
};

/**
 * What must not differ between captures of one route: statements, protocol, transaction boundaries, and for
 * each parameter its placeholder or, for a literal, its length (documents differ in content, not in size).
 */
const shape = (statements: readonly ScriptStatement[]): string =>
  JSON.stringify(
    statements.map((s) => ({
      ...s,
      params: s.params.map((p) =>
        p === null ? null : p.includes('{{') ? p.replace(/\{\{now:-?\d+\}\}/g, '{{now}}') : p.length,
      ),
    })),
  );

export const captureWriteScripts = async (): Promise<Record<RouteName, RouteScript>> => {
  const cluster = await startLoggingCluster();
  const admin = new pg.Client({ connectionString: cluster.url('kenali') });
  await admin.connect();
  const knex = createKnex(cluster.url('capture'), { poolMax: 2 });
  try {
    await admin.query(`CREATE ROLE ${ROLE} LOGIN SUPERUSER PASSWORD 'kenali'`);
    await admin.query('CREATE DATABASE capture');
    await migrateLatest(knex);
    await seedDemoContent(knex);
    const sequenced = await separateSequences(knex);
    const withUuid = await uuidTables(knex);
    await admin.query(`ALTER ROLE ${ROLE} IN DATABASE capture SET log_statement = 'all'`);
    const server = await startServerProcess({
      DATABASE_URL: cluster.url('capture', ROLE),
      REDIS_URL: '',
      AI_PROVIDER: 'offline',
      AUTH_USER_CACHE_TTL_MS: '0',
    });
    const marker = new pg.Client({ connectionString: cluster.url('capture') });
    await marker.connect();
    await marker.query(`SET log_statement = 'all'`);
    const captured: Captured[] = [];
    try {
      const lastValues = async () => {
        const map = new Map<string, number>();
        for (const t of sequenced) {
          const r = await knex.raw<{ rows: { n: string }[] }>(`select last_value as n from ${t.sequence}`);
          map.set(t.table, Number(r.rows[0]?.n ?? 0));
        }
        return map;
      };
      const users = await createUsers(knex, SAMPLES + 1);
      for (const [flow, user] of users.entries()) {
        const request = async (route: RouteName, path: string, body: unknown, token?: string) => {
          const before = await lastValues();
          await marker.query('select $1::text as capture_marker', [markerText('begin', route, flow)]);
          const sentAt = Date.now();
          const answer = await post(server.url, path, user, body);
          await new Promise((resolve) => setTimeout(resolve, 20));
          await marker.query('select $1::text as capture_marker', [markerText('end', route, flow)]);
          captured.push({ route, flow, user, token, sentAt, answer, before });
          return answer;
        };
        const started = await request('recommendation/start', 'recommendation/start', startBody);
        const token = started.body.session_token as string;
        await request('riasec/submit', 'riasec/submit', submitBody(token), token);
        const ikigai = await post(server.url, 'ikigai/start', user, { session_token: token });
        const first = (ikigai.body.candidates_with_content as { profession_id: number }[])[0]?.profession_id;
        for (let i = 0; i < 4; i++) {
          const body = dimensionBody(token, i, i === 0 ? (first ?? null) : null);
          await request(ROUTES[2 + i], 'ikigai/submit-dimension', body, token);
        }
      }
    } finally {
      await marker.end();
      await server.stop();
    }
    const records = await cluster.records();
    const scripts = {} as Record<RouteName, RouteScript>;
    for (const route of ROUTES) {
      const shapes = new Set<string>();
      for (const c of captured.filter((x) => x.route === route && x.flow > 0)) {
        const logged = loggedStatements(between(records, route, c.flow));
        // A uuid whose first use is an INSERT was made up by kenali for this request.
        const inserted = new Set<string>();
        const used = new Set<string>();
        for (const s of logged)
          for (const v of s.values) {
            if (v === null || used.has(v)) continue;
            used.add(v);
            if (/^\s*insert\b/i.test(s.text)) inserted.add(v);
          }
        const found = await origins(
          knex,
          c,
          logged.map((s) => s.values),
          sequenced,
          withUuid,
          inserted,
        );
        const statements = templateStatements(logged, {
          user: c.user,
          token: c.token,
          sentAt: c.sentAt,
          idOrigin: (value) => found.get(value),
        });
        shapes.add(shape(statements));
        const path =
          route === 'recommendation/start'
            ? 'recommendation/start'
            : route === 'riasec/submit'
              ? 'riasec/submit'
              : 'ikigai/submit-dimension';
        scripts[route] = {
          method: 'POST',
          path: `${API}/${path}`,
          status: c.answer.status,
          response: c.answer.text,
          statements,
        };
      }
      if (shapes.size !== 1)
        throw new Error(`${route}: the ${SAMPLES} captured requests differ in their SQL`);
    }
    return scripts;
  } finally {
    await knex.destroy();
    await admin.end();
    await cluster.stop();
  }
};

if (isMain(import.meta.url)) {
  const scripts = await captureWriteScripts();
  // Written as the repository's formatter writes it, so a re-capture passes `npm run lint` as committed.
  const prettier = await import('prettier');
  const json = JSON.stringify({ capturedAt: new Date().toISOString(), routes: scripts });
  const options = (await prettier.resolveConfig(SCRIPT_FILE)) ?? {};
  await writeFile(SCRIPT_FILE, await prettier.format(json, { ...options, filepath: SCRIPT_FILE }));
  for (const route of ROUTES) console.log(`${route}: ${scripts[route].statements.length} statements`);
  console.log(`wrote ${SCRIPT_FILE}`);
}
