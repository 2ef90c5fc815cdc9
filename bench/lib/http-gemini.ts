// Issue 4: the final Ikigai submit with Gemini answering every call after 300 ms (a local fake speaking the
// Gemini REST protocol). Four parallel scoring calls + one narrative call: ≤ 300 + 300 + 60 ms.
import { reply, smartResponder, startFakeGemini } from '../../test/support/fake-gemini.js';
import {
  type Session,
  inParallel,
  prepareSessions,
  startIkigai,
  submitDimension,
  submitRiasec,
} from './api.js';
import type { BenchDatabase } from './database.js';
import { percentiles, settle, timed } from './measure.js';
import { quietly } from './noise.js';
import { type Row, check, info } from './report.js';
import { withKenali } from './server.js';

const BENCH = 'http';
const AI_DELAY_MS = 300;
const SAMPLES = Number(process.env.BENCH_GEMINI_SAMPLES ?? 20);

export const benchFakeGemini = async (
  db: BenchDatabase,
  rows: Row[],
  details: Record<string, unknown>,
): Promise<void> => {
  const fake = await startFakeGemini({
    handler: async (request, index) => reply.delay(AI_DELAY_MS, await smartResponder(request, index)),
  });
  const env = { AI_PROVIDER: 'gemini', GEMINI_API_KEY: fake.apiKey, GEMINI_BASE_URL: fake.url };
  try {
    await withKenali(db.url, env, async ({ url }) => {
      await prepareSessions(url, db.knex, 3, 'done'); // warm-up
      // Sessions with three answers stored, prepared four at a time (each Ikigai start waits 300 ms).
      const prepare = async () => {
        const users = await prepareSessions(url, db.knex, SAMPLES, 'started');
        const sessions = await inParallel(users, 4, async (s: Session) => {
          await submitRiasec(url, s);
          const ready = await startIkigai(url, s);
          for (let i = 0; i < 3; i++) await submitDimension(url, ready, i);
          return ready;
        });
        await settle();
        return sessions;
      };
      const { final, calls } = await quietly(
        'http: final submit, fake Gemini (sequential)',
        prepare,
        async (sessions) => {
          const before = fake.requests.length;
          const final: number[] = [];
          for (const s of sessions) final.push((await timed(() => submitDimension(url, s, 3))).ms);
          return { final, calls: fake.requests.slice(before) };
        },
      );
      const callsPerSubmit = calls.length / final.length;
      const kinds = calls.reduce<Record<string, number>>((acc, r) => {
        acc[r.callType] = (acc[r.callType] ?? 0) + 1;
        return acc;
      }, {});
      const p = percentiles(final);
      details.submitDimensionFinalGemini = { ...p, aiDelayMs: AI_DELAY_MS, callsPerSubmit, kinds };
      rows.push(
        check(BENCH, `POST submit-dimension final, Gemini @${AI_DELAY_MS} ms p50`, p.p50, 'ms', '<=', 660),
        info(BENCH, `POST submit-dimension final, Gemini @${AI_DELAY_MS} ms max`, p.max, 'ms'),
      );
    });
  } finally {
    await fake.close();
  }
};
