import { expect } from 'chai';
import {
  type FixtureSession,
  type RescoreWorld,
  documents,
  jsonLines,
  rescoreWorld,
  revisionCounts as countRevisions,
  runCli,
  scoredSession,
  setStoredRaw,
  spawnCli,
} from '../support/rescore-fixtures.js';

interface Worker {
  readonly child: ReturnType<typeof spawnCli>;
  readonly output: { stdout: string; stderr: string };
  /** Resolves once the worker polls the queue (its "ready" line on stderr). */
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
}

const startWorker = (url: string, args: readonly string[]): Worker => {
  const child = spawnCli(url, ['worker', '--json', ...args]);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      output.stderr += chunk.toString();
      if (output.stderr.includes('"state":"ready"')) resolve();
    });
    child.on('close', () => reject(new Error(`worker exited before it was ready: ${output.stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output, ready, exited };
};

const rescored = (w: Worker) =>
  jsonLines(w.output.stdout).filter(
    (l) => l.type === 'session' && l.outcome === 'rescored' && l.written === true,
  );

describe('kenali rescore --enqueue + kenali worker (pg-boss)', function () {
  this.timeout(120_000);
  let world: RescoreWorld;
  let sessions: FixtureSession[];

  const revisionsPerSession = () => countRevisions(world.knex, sessions);

  /** Jobs of a queue by state (pg-boss keeps finished jobs for a while). */
  const jobStates = async (queue: string): Promise<Record<string, number>> => {
    const rows = await world
      .knex('pgboss.job')
      .where({ name: queue })
      .select<{ state: string; n: number }[]>('state', world.knex.raw('count(*)::int AS n'))
      .groupBy('state');
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  };

  before(async () => {
    world = await rescoreWorld();
    sessions = [];
    for (let i = 0; i < 10; i++) sessions.push(await scoredSession(world.app));
  });
  after(async () => {
    await world?.drop();
  });
  beforeEach(async () => {
    await world.knex('score_revisions').delete();
    for (const s of sessions) {
      const { dims } = await documents(world.knex, s.id);
      const entry = dims.scores_data.dimension_scores.what_you_are_good_at[1];
      await setStoredRaw(
        world.knex,
        s.id,
        'what_you_are_good_at',
        entry.profession_id,
        entry.r_raw === 1 ? 0.98 : 1,
      );
    }
  });

  it('two workers on one queue rescore each session exactly once, even when it is enqueued twice', async () => {
    const queue = 'rescore-two-workers';
    // --reask at 20 AI calls/s per worker: about 0.2 s per session, so both workers get a share.
    const args = [
      '--queue',
      queue,
      '--poll-interval',
      '0.1',
      '--batch-size',
      '1',
      '--concurrency',
      '1',
      '--ai-rps',
      '20',
    ];
    const workers = [startWorker(world.url, args), startWorker(world.url, args)];
    await Promise.all(workers.map((w) => w.ready));

    const enqueue = await runCli(world.url, [
      'rescore',
      '--all',
      '--reask',
      '--enqueue',
      '--queue',
      queue,
      '--json',
    ]);
    expect(enqueue.code, enqueue.stderr).to.equal(0);
    expect(jsonLines(enqueue.stdout)).to.deep.include({
      type: 'summary',
      command: 'rescore --enqueue',
      queue,
      enqueued: 10,
    });
    const twice = await runCli(world.url, ['rescore', '--all', '--reask', '--enqueue', '--queue', queue]);
    expect(twice.code, twice.stderr).to.equal(0);

    const deadline = Date.now() + 60_000;
    for (;;) {
      const states = await jobStates(queue);
      const open = (states.created ?? 0) + (states.retry ?? 0) + (states.active ?? 0);
      if (open === 0 && (await revisionsPerSession()).every((n) => n > 0)) break;
      if (Date.now() > deadline) throw new Error(`queue not drained: ${JSON.stringify(states)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).to.deep.equal([0, 0]);

    expect(await revisionsPerSession()).to.deep.equal(sessions.map(() => 1));
    const [first, second] = workers.map((w) => rescored(w).map((l) => l.session_id as number));
    expect(first.length + second.length, 'each session written by exactly one worker').to.equal(10);
    expect(new Set([...first, ...second]).size).to.equal(10);
    // Which worker takes how many jobs is the scheduler's business (one may take all ten on a loaded machine);
    // the invariant is that they never share a session.
    expect(
      first.filter((id) => second.includes(id)),
      'sessions written by both workers',
    ).to.deep.equal([]);
    console.log(`      split between the workers: ${first.length}/${second.length}`);
    const states = await jobStates(queue);
    expect(states.failed ?? 0).to.equal(0);
    expect(states.completed).to.be.within(10, 20);
    for (const w of workers)
      expect(jsonLines(w.output.stdout).find((l) => l.type === 'summary')).to.include({
        command: 'worker',
        failed: 0,
      });
  });

  it('worker --until-empty drains the queue and exits 0', async () => {
    const queue = 'rescore-until-empty';
    const enqueue = await runCli(world.url, [
      'rescore',
      '--session',
      sessions[0].token,
      sessions[1].token,
      '--enqueue',
      '--queue',
      queue,
    ]);
    expect(enqueue.code, enqueue.stderr).to.equal(0);
    expect(enqueue.stdout).to.include('2 session(s) queued');
    const run = await runCli(world.url, ['worker', '--queue', queue, '--until-empty', '--json']);
    expect(run.code, run.stderr).to.equal(0);
    expect(jsonLines(run.stdout).find((l) => l.type === 'summary')).to.include({ processed: 2, changed: 2 });
    expect(await revisionsPerSession()).to.deep.equal(sessions.map((_, i) => (i < 2 ? 1 : 0)));
  });
});
