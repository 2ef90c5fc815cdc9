// The request bodies of test/support/flows.ts over fetch against a server process, plus bulk fixtures.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { I_SINGLE, answersFor } from '../../test/support/riasec-answers.js';

export const API = '/api/v1/career-profile';
export const DIMENSIONS = [
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
] as const;

const TEXTS = [
  'Saya senang meneliti data, menganalisis angka, dan menemukan pola dari eksperimen.',
  'Saya terbiasa mengolah data dengan statistik dan menulis laporan analisis.',
  'Keputusan di kantor dan pemerintah perlu didasarkan pada riset dan data yang akurat.',
  'Saya ingin gaji tetap sebagai analis atau peneliti yang naik seiring keahlian.',
];

export const RIASEC_RESPONSES = answersFor(I_SINGLE);

/** Users with a 10-token wallet, inserted straight into the Go-owned tables (as createUser does). */
export const createUsers = async (knex: Knex, count: number): Promise<string[]> => {
  const ids = Array.from({ length: count }, () => randomUUID());
  const users = ids.map((id) => ({
    id,
    fullname: 'Sari Wulandari',
    email: `${id}@example.test`,
    password: 'x',
    phone_number: '0800000000',
    role: 'USER',
  }));
  await knex.batchInsert('users', users, 500);
  await knex.batchInsert(
    'token_wallet',
    ids.map((user_id) => ({ user_id, balance: 10 })),
    500,
  );
  return ids;
};

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

/** One JSON request as user `user`; `expect` guards against timing a stream of errors. */
export const call = async (
  base: string,
  method: 'GET' | 'POST',
  path: string,
  user: string,
  body?: unknown,
  options: { key?: string; expect?: number } = {},
): Promise<Answer> => {
  const headers: Record<string, string> = { 'x-user-id': user };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.key) headers['idempotency-key'] = options.key;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const expected = options.expect ?? 200;
  if (res.status !== expected) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, headers: res.headers };
};

export const startBody = { persona_type: 'BUILDER' };
export const submitBody = (token: string) => ({ session_token: token, responses: RIASEC_RESPONSES });
export const dimensionBody = (token: string, index: number, selected: number | null) => ({
  session_token: token,
  dimension_name: DIMENSIONS[index],
  selected_profession_id: selected,
  selection_type: selected === null ? 'not_selected' : 'selected',
  reasoning_text: TEXTS[index],
});

export interface Session {
  readonly user: string;
  readonly token: string;
  /** The first display candidate, clicked in the first dimension. */
  selected?: number;
}

export const start = async (base: string, user: string): Promise<Session> => {
  const res = await call(base, 'POST', `${API}/recommendation/start`, user, startBody);
  return { user, token: res.body.session_token as string };
};

export const submitRiasec = (base: string, s: Session) =>
  call(base, 'POST', `${API}/riasec/submit`, s.user, submitBody(s.token));

export const startIkigai = async (base: string, s: Session): Promise<Session> => {
  const res = await call(base, 'POST', `${API}/ikigai/start`, s.user, { session_token: s.token });
  const first = (res.body.candidates_with_content as { profession_id: number }[])[0];
  return { ...s, selected: first?.profession_id };
};

export const submitDimension = (base: string, s: Session, index: number) =>
  call(
    base,
    'POST',
    `${API}/ikigai/submit-dimension`,
    s.user,
    dimensionBody(s.token, index, index === 0 ? (s.selected ?? null) : null),
  );

/** Runs `fn` over `items` with at most `width` in flight (fixture preparation, not timed). */
export const inParallel = async <T, R>(
  items: readonly T[],
  width: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> => {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
};

/** Sessions brought to a phase over HTTP: `riasec` (RIASEC submitted), `ikigai` (Ikigai started), `done`. */
export const prepareSessions = async (
  base: string,
  knex: Knex,
  count: number,
  phase: 'started' | 'riasec' | 'ikigai' | 'done',
): Promise<Session[]> => {
  const users = await createUsers(knex, count);
  return inParallel(users, 4, async (user) => {
    let s = await start(base, user);
    if (phase === 'started') return s;
    await submitRiasec(base, s);
    if (phase === 'riasec') return s;
    s = await startIkigai(base, s);
    if (phase === 'ikigai') return s;
    for (let i = 0; i < 4; i++) await submitDimension(base, s, i);
    return s;
  });
};
