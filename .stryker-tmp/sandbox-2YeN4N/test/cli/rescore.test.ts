// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import type { Knex } from 'knex';
import {
  type CandidatesData,
  DIMENSION_COLUMNS,
  DIMENSION_KEYS,
  type DimensionAnswer,
  type DimensionRawScores,
  type IkigaiScoringInput,
  type ProfessionScoreEntry,
  scoreIkigai,
} from '@kenali/domain';
import {
  type FixtureSession,
  type RescoreWorld,
  type RevisionRow,
  documents,
  rescoreWorld,
  runCli,
  scoredSession,
  sessionLines,
  setStoredRaw,
  stuckSession,
  summaryOf,
} from '../support/rescore-fixtures.js';

const lastOf = (ranked: readonly ProfessionScoreEntry[]): number =>
  Number(ranked[ranked.length - 1].profession_id);

const revisions = (knex: Knex, id?: number): Promise<RevisionRow[]> =>
  knex('score_revisions')
    .modify((q: Knex.QueryBuilder) => {
      if (id !== undefined) void q.where({ test_session_id: id });
    })
    .orderBy(['test_session_id', 'revision'])
    .select<RevisionRow[]>('*');

/** What the pipeline itself makes of the stored inputs: an oracle independent of the rescore code. */
const pipelineOf = async (knex: Knex, id: number) => {
  const { dims, totals } = await documents(knex, id);
  const { candidates_data } = await knex('ikigai_candidate_professions')
    .where({ test_session_id: id })
    .first<{ candidates_data: CandidatesData }>();
  const answers = await knex('ikigai_responses')
    .where({ test_session_id: id })
    .first<Record<string, DimensionAnswer>>();
  const nameOf = new Map(
    totals.scores_data.profession_scores.map((e) => [e.profession_id, e.profession_name]),
  );
  const input: IkigaiScoringInput = {
    candidates: candidates_data.candidates.map((c) => ({
      ...c,
      profession_name: nameOf.get(c.profession_id),
    })),
    dimensions: Object.fromEntries(
      DIMENSION_KEYS.map((k): [string, DimensionRawScores] => [
        k,
        {
          selected_profession_id: answers[DIMENSION_COLUMNS[k]].selected_profession_id,
          r_raw: dims.scores_data.dimension_scores[k].map((e) => ({
            profession_id: e.profession_id,
            r_raw: e.r_raw,
          })),
        },
      ]),
    ) as unknown as IkigaiScoringInput['dimensions'],
  };
  const scored = scoreIkigai(input, 'oracle');
  if (E.isLeft(scored)) throw new Error('oracle failed');
  return scored.right;
};

describe('kenali rescore (built CLI, real PostgreSQL)', function () {
  this.timeout(120_000);
  let world: RescoreWorld;
  const cli = (...args: string[]) => runCli(world.url, ['rescore', ...args]);

  before(async () => {
    world = await rescoreWorld();
  });
  after(async () => {
    await world?.drop();
  });
  beforeEach(async () => {
    // Sessions cascade to every child table, revisions included.
    await world.knex('careerprofile_test_sessions').delete();
    await world.knex('rescore_runs').delete();
  });

  it('reproduces sessions the service scored exactly: --all writes nothing and no revision', async () => {
    const sessions = [await scoredSession(world.app), await scoredSession(world.app)];
    const before = await Promise.all(sessions.map((s) => documents(world.knex, s.id)));
    const run = await cli('--all', '--json');
    expect(run.code, run.stderr).to.equal(0);
    expect(summaryOf(run.stdout)).to.include({ processed: 2, unchanged: 2, changed: 0, failed: 0 });
    expect(await Promise.all(sessions.map((s) => documents(world.knex, s.id)))).to.deep.equal(before);
    expect(await revisions(world.knex)).to.have.length(0);
  });

  it('selects by --session, --since/--until, --fallback-only and --stuck', async () => {
    const plain = await scoredSession(world.app);
    const old = await scoredSession(world.app);
    const fallback = await scoredSession(world.app);
    const stuck = await stuckSession(world.app);
    await world
      .knex('careerprofile_test_sessions')
      .where({ id: old.id })
      .update({ completed_at: '2025-01-15T00:00:00Z' });
    await world
      .knex('ikigai_dimension_scores')
      .where({ test_session_id: fallback.id })
      .update({
        scores_data: world.knex.raw(
          `jsonb_set(scores_data, '{metadata,failed_dimensions}', '["what_you_love"]')`,
        ),
      });
    const selected = async (...args: string[]) => {
      const run = await cli('--dry-run', '--json', ...args);
      expect(run.code, run.stderr).to.equal(0);
      return sessionLines(run.stdout)
        .map((l) => l.session_token)
        .sort();
    };
    const tokens = (...s: FixtureSession[]) => s.map((x) => x.token).sort();
    expect(await selected('--all')).to.deep.equal(tokens(plain, old, fallback, stuck));
    expect(await selected('--session', plain.token, stuck.token)).to.deep.equal(tokens(plain, stuck));
    expect(await selected('--fallback-only')).to.deep.equal(tokens(fallback));
    expect(await selected('--stuck')).to.deep.equal(tokens(stuck));
    expect(await selected('--until', '2025-06-01')).to.deep.equal(tokens(old));
    expect(await selected('--since', '2025-06-01')).to.deep.equal(tokens(plain, fallback));
    expect(await selected('--since', '2025-06-01', '--stuck')).to.deep.equal(tokens(stuck));
    expect(await selected('--stuck', '--fallback-only')).to.deep.equal(tokens(fallback, stuck));
  });

  it('--dry-run reports what would change and writes nothing at all', async () => {
    const session = await scoredSession(world.app);
    const stuck = await stuckSession(world.app);
    const last = lastOf((await documents(world.knex, session.id)).totals.scores_data.profession_scores);
    for (const k of DIMENSION_KEYS) await setStoredRaw(world.knex, session.id, k, last, 1);
    const snapshot = async () => ({
      docs: await documents(world.knex, session.id),
      sessions: await world.knex('careerprofile_test_sessions').orderBy('id'),
      stuckScores: await world.knex('ikigai_total_scores').where({ test_session_id: stuck.id }),
      revisions: await revisions(world.knex),
      runs: await world.knex('rescore_runs'),
    });
    const before = await snapshot();
    const json = await cli('--all', '--dry-run', '--json');
    expect(json.code, json.stderr).to.equal(0);
    const line = sessionLines(json.stdout).find((l) => l.session_token === session.token);
    expect(line).to.include({
      outcome: 'rescored',
      written: false,
      top_2_changed: true,
      narrative: 'regenerated',
    });
    expect(line?.top_2_after?.[0]).to.equal(last);
    expect(sessionLines(json.stdout).find((l) => l.session_token === stuck.token)).to.include({
      outcome: 'finalized',
      written: false,
    });
    const table = await cli('--all', '--dry-run');
    expect(table.code, table.stderr).to.equal(0);
    expect(table.stdout).to.match(/^SESSION\s+OUTCOME\s+TOP-2 BEFORE\s+TOP-2 AFTER/m);
    expect(table.stdout).to.include(session.token).and.include('dry run: nothing written');
    expect(await snapshot()).to.deep.equal(before);
  });

  it('after a stored r_raw changes, ranks as the pipeline says, keeps the old version, and is idempotent', async () => {
    const session = await scoredSession(world.app);
    const before = await documents(world.knex, session.id);
    const last = lastOf(before.totals.scores_data.profession_scores);
    for (const k of DIMENSION_KEYS) await setStoredRaw(world.knex, session.id, k, last, 1);
    const edited = (await documents(world.knex, session.id)).dims.scores_data;
    const expected = await pipelineOf(world.knex, session.id);

    const run = await cli(
      '--session',
      session.token,
      '--json',
      '--actor',
      'ops@test',
      '--reason',
      'formula fix',
    );
    expect(run.code, run.stderr).to.equal(0);
    expect(summaryOf(run.stdout)).to.include({ changed: 1, unchanged: 0 });
    const after = await documents(world.knex, session.id);
    expect(after.totals.scores_data.profession_scores).to.deep.equal(expected.total_scores.profession_scores);
    expect(after.dims.scores_data.dimension_scores).to.deep.equal(expected.dimension_scores.dimension_scores);
    expect(after.totals.top_profession1_id).to.equal(last).and.equal(expected.top_profession1_id);
    expect(after.totals.top_profession2_id).to.equal(expected.top_profession2_id);
    expect(after.totals.calculated_at.getTime()).to.be.greaterThan(before.totals.calculated_at.getTime());
    // The top two changed, so the narrative was regenerated for the new pair.
    expect(after.rec.recommendations_data.recommended_professions.map((p) => p.profession_id)).to.deep.equal([
      expected.top_profession1_id,
      expected.top_profession2_id,
    ]);
    expect(after.rec.top_profession1_id).to.equal(last);

    const [revision, ...more] = await revisions(world.knex, session.id);
    expect(more).to.have.length(0);
    expect(revision).to.include({
      revision: 1,
      actor: 'ops@test',
      reason: 'formula fix',
      mode: 'reuse',
      narrative: 'regenerated',
    });
    expect(revision.old_total_scores).to.deep.equal(before.totals.scores_data);
    expect(revision.old_dimension_scores).to.deep.equal(edited);
    expect(revision.old_recommendations_data).to.deep.equal(before.rec.recommendations_data);
    expect(revision.old_top_profession1_id).to.equal(before.totals.top_profession1_id);
    expect(revision.diff.top_2_changed).to.equal(true);
    expect(revision.diff.rank_moves.find((m) => m.profession_id === last)).to.deep.equal({
      profession_id: last,
      from: before.totals.scores_data.profession_scores.length,
      to: 1,
    });

    const again = await cli('--session', session.token, '--json');
    expect(again.code, again.stderr).to.equal(0);
    expect(summaryOf(again.stdout)).to.include({ changed: 0, unchanged: 1 });
    expect(await documents(world.knex, session.id)).to.deep.equal(after);
    expect(await revisions(world.knex, session.id)).to.have.length(1);
  });

  it('rewrites only a stale ranking: the dimension row stays, the revision keeps the old totals only', async () => {
    const session = await scoredSession(world.app);
    const fresh = await documents(world.knex, session.id);
    // What an older formula might have left: the same order, every total off by a constant.
    const stale = {
      ...fresh.totals.scores_data,
      profession_scores: fresh.totals.scores_data.profession_scores.map((e) => ({
        ...e,
        total_score: e.total_score + 0.5,
      })),
    };
    await world
      .knex('ikigai_total_scores')
      .where({ test_session_id: session.id })
      .update({ scores_data: JSON.stringify(stale) });
    const run = await cli('--session', session.token, '--json');
    expect(run.code, run.stderr).to.equal(0);
    expect(sessionLines(run.stdout)[0]).to.include({ outcome: 'rescored', top_2_changed: false });
    const after = await documents(world.knex, session.id);
    expect(after.totals.scores_data.profession_scores).to.deep.equal(
      fresh.totals.scores_data.profession_scores,
    );
    expect(after.dims).to.deep.equal(fresh.dims);
    const [revision] = await revisions(world.knex, session.id);
    expect(revision.old_total_scores).to.deep.equal(stale);
    expect(revision.old_dimension_scores).to.equal(null);
    expect(revision.diff.changed_scores).to.equal(stale.profession_scores.length);
    expect(revision.diff).to.not.have.property('score_deltas');
  });

  it('keeps the narrative when the top two stay, and only moves its scores', async () => {
    const session = await scoredSession(world.app);
    const before = await documents(world.knex, session.id);
    const ranked = before.totals.scores_data.profession_scores;
    // Raise the runner-up a little: its score changes, the order of the top two does not.
    const second = Number(ranked[1].profession_id);
    const entry = before.dims.scores_data.dimension_scores.what_you_are_good_at.find(
      (e) => e.profession_id === second,
    );
    const bump = Math.min(1, (entry?.r_raw ?? 0) + 0.01);
    await setStoredRaw(world.knex, session.id, 'what_you_are_good_at', second, bump);
    const expected = await pipelineOf(world.knex, session.id);
    expect([expected.top_profession1_id, expected.top_profession2_id]).to.deep.equal([
      ranked[0].profession_id,
      second,
    ]);

    const run = await cli('--session', session.token, '--json');
    expect(run.code, run.stderr).to.equal(0);
    const [line] = sessionLines(run.stdout);
    expect(line).to.include({ outcome: 'rescored', top_2_changed: false, narrative: 'refreshed' });
    const after = await documents(world.knex, session.id);
    const beforeRec = before.rec.recommendations_data;
    const afterRec = after.rec.recommendations_data;
    expect(afterRec.ikigai_profile_summary).to.deep.equal(beforeRec.ikigai_profile_summary);
    expect(afterRec.generation_context).to.deep.equal(beforeRec.generation_context);
    expect(after.rec.generated_at).to.deep.equal(before.rec.generated_at);
    expect(afterRec.recommended_professions.map((p) => p.match_reasoning)).to.deep.equal(
      beforeRec.recommended_professions.map((p) => p.match_reasoning),
    );
    const newSecond = expected.total_scores.profession_scores[1];
    expect(afterRec.recommended_professions[1].match_percentage).to.equal(
      Math.round(newSecond.total_score * 100) / 100,
    );
  });

  it('--stuck finishes stuck sessions through the normal finalize, once', async () => {
    const stuck = await stuckSession(world.app);
    const run = await cli('--stuck', '--json');
    expect(run.code, run.stderr).to.equal(0);
    expect(sessionLines(run.stdout)).to.have.length(1);
    expect(sessionLines(run.stdout)[0]).to.include({ outcome: 'finalized', written: true });
    const row = await world
      .knex('careerprofile_test_sessions')
      .where({ id: stuck.id })
      .first<{ status: string }>('status');
    expect(row.status).to.equal('completed');
    const docs = await documents(world.knex, stuck.id);
    expect(docs.totals.top_profession1_id).to.equal(sessionLines(run.stdout)[0].top_2_after?.[0]);
    expect(docs.rec.recommendations_data.recommended_professions).to.have.length(2);
    const again = await cli('--stuck', '--json');
    expect(summaryOf(again.stdout)).to.include({ selected: 0, processed: 0 });
  });

  it('--fallback-only --reask-failed asks again for the failed dimension only and clears the fallback', async () => {
    const session = await scoredSession(world.app);
    const original = await documents(world.knex, session.id);
    // What an AI outage on one dimension leaves: 0.5 for everyone there, the dimension listed as failed.
    const stored = original.dims.scores_data;
    const dims = {
      ...stored,
      dimension_scores: {
        ...stored.dimension_scores,
        what_the_world_needs: stored.dimension_scores.what_the_world_needs.map((e) => ({ ...e, r_raw: 0.5 })),
      },
      metadata: { ...stored.metadata, failed_dimensions: ['what_the_world_needs'], fallback_used: true },
    };
    await world
      .knex('ikigai_dimension_scores')
      .where({ test_session_id: session.id })
      .update({ scores_data: JSON.stringify(dims) });
    const reuse = await cli('--fallback-only', '--json');
    expect(reuse.code, reuse.stderr).to.equal(0);
    const reuseLine = sessionLines(reuse.stdout)[0];
    expect(reuseLine.failed_dimensions_after).to.deep.equal(['what_the_world_needs']);

    const reask = await cli('--fallback-only', '--reask-failed', '--json');
    expect(reask.code, reask.stderr).to.equal(0);
    expect(sessionLines(reask.stdout)[0]).to.include({ outcome: 'rescored', written: true });
    const after = await documents(world.knex, session.id);
    expect(after.dims.scores_data.metadata.failed_dimensions).to.deep.equal([]);
    // The offline judge is deterministic: asking again restores exactly the original scoring.
    expect(after.totals.scores_data.profession_scores).to.deep.equal(
      original.totals.scores_data.profession_scores,
    );
    expect((await revisions(world.knex, session.id)).map((r) => r.mode)).to.deep.equal([
      'reuse',
      'reask-failed',
    ]);
    expect(summaryOf((await cli('--fallback-only', '--json')).stdout)).to.include({ selected: 0 });
  });

  it('exits 2 on usage errors before touching anything', async () => {
    for (const args of [
      [],
      ['--resume', '--all'],
      ['--all', '--reask', '--reask-failed'],
      ['--since', 'yesterday'],
      ['--all', '--dry-run', '--enqueue'],
      ['--all', '--batch-size', '0'],
    ]) {
      const run = await cli(...args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).to.equal(2);
      expect(run.stderr).to.match(/^(kenali: |error: )/m);
    }
    const none = await cli('--resume');
    expect(none.code).to.equal(2);
    expect(none.stderr).to.include('no interrupted rescore run to resume');
  });
});
