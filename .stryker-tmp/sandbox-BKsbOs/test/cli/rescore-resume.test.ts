// @ts-nocheck
import { expect } from 'chai';
import {
  type FixtureSession,
  type RescoreWorld,
  documents,
  revisionCounts as countRevisions,
  summaryOf,
  rescoreWorld,
  runCli,
  scoredSession,
  setStoredRaw,
  spawnCli,
} from '../support/rescore-fixtures.js';

describe('kenali rescore: interrupted runs and --resume', function () {
  this.timeout(120_000);
  let world: RescoreWorld;
  let sessions: FixtureSession[];
  const cli = (...args: string[]) => runCli(world.url, ['rescore', ...args]);

  const revisionCounts = () => countRevisions(world.knex, sessions);

  before(async () => {
    world = await rescoreWorld();
    sessions = [];
    for (let i = 0; i < 6; i++) sessions.push(await scoredSession(world.app));
  });
  after(async () => {
    await world?.drop();
  });
  beforeEach(async () => {
    await world.knex('score_revisions').delete();
    await world.knex('rescore_runs').delete();
    // A changed stored r_raw in every session: each one has something to rescore.
    for (const s of sessions) {
      const { dims } = await documents(world.knex, s.id);
      const entry = dims.scores_data.dimension_scores.what_you_love[0];
      await setStoredRaw(
        world.knex,
        s.id,
        'what_you_love',
        entry.profession_id,
        entry.r_raw === 1 ? 0.99 : 1,
      );
    }
  });

  it('stops after N sessions like Ctrl-C, records the checkpoint, and --resume does the rest once', async () => {
    const first = await cli(
      '--all',
      '--json',
      '--stop-after',
      '4',
      '--batch-size',
      '3',
      '--concurrency',
      '3',
    );
    expect(first.code, first.stderr).to.equal(130);
    expect(first.stderr).to.include('--resume');
    expect(summaryOf(first.stdout)).to.include({
      processed: 4,
      changed: 4,
      interrupted: true,
      last_session_id: sessions[3].id,
    });
    expect(await revisionCounts()).to.deep.equal([1, 1, 1, 1, 0, 0]);
    const [run] = await world.knex('rescore_runs');
    expect(run).to.include({
      status: 'interrupted',
      last_session_id: sessions[3].id,
      processed: 4,
      total: 6,
    });

    const resumed = await cli('--resume', '--json');
    expect(resumed.code, resumed.stderr).to.equal(0);
    expect(summaryOf(resumed.stdout)).to.include({
      selected: 2,
      processed: 2,
      changed: 2,
      interrupted: false,
    });
    expect(await revisionCounts()).to.deep.equal([1, 1, 1, 1, 1, 1]);
    const runs = await world.knex('rescore_runs').orderBy('id');
    expect(runs[1]).to.include({
      status: 'completed',
      resumed_from: runs[0].id,
      last_session_id: sessions[5].id,
    });

    const nothing = await cli('--resume');
    expect(nothing.code).to.equal(2);
  });

  it('a stop that comes after the last selected session is a complete run, not an interrupted one', async () => {
    const run = await cli('--all', '--json', '--stop-after', String(sessions.length));
    expect(run.code, run.stderr).to.equal(0);
    expect(summaryOf(run.stdout)).to.include({ processed: sessions.length, interrupted: false });
    const [row] = await world.knex('rescore_runs');
    expect(row).to.include({ status: 'completed' });
  });

  it('stops cleanly on SIGINT after the session in flight; --resume finishes without redoing any', async () => {
    // --reask at 8 AI calls/s with one session in flight: about half a second per session; results are
    // printed per batch of two, so the signal lands while the second batch is being worked on.
    const child = spawnCli(world.url, [
      'rescore',
      '--all',
      '--reask',
      '--ai-rps',
      '8',
      '--concurrency',
      '1',
      '--batch-size',
      '2',
      '--json',
    ]);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const firstLine = !stdout.includes('"type":"session"');
        stdout += chunk.toString();
        if (firstLine && stdout.includes('"type":"session"')) child.kill('SIGINT');
      });
      child.on('close', resolve);
    });
    expect(code, stderr).to.equal(130);
    expect(stderr).to.include('SIGINT: stopping after the sessions in flight');
    const summary = summaryOf(stdout);
    expect(summary?.interrupted).to.equal(true);
    const done = summary?.processed ?? 0;
    expect(done).to.be.within(1, 5);
    const counts = await revisionCounts();
    expect(counts).to.deep.equal(sessions.map((_, i) => (i < done ? 1 : 0)));
    const [run] = await world.knex('rescore_runs');
    expect(run).to.include({ status: 'interrupted', mode: 'reask', last_session_id: sessions[done - 1].id });

    const resumed = await cli('--resume', '--json');
    expect(resumed.code, resumed.stderr).to.equal(0);
    expect(summaryOf(resumed.stdout)).to.include({ processed: 6 - done, changed: 6 - done });
    expect(await revisionCounts()).to.deep.equal([1, 1, 1, 1, 1, 1]);
    const modes = await world.knex('score_revisions').distinct<{ mode: string }[]>('mode');
    expect(modes.map((m) => m.mode)).to.deep.equal(['reask']);
  });
});
