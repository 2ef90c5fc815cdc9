// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { type ScoreRevision, SessionId, planRescore, revisionDiff } from '@kenali/domain';
import { PostgresRescoreSelection } from '../../../packages/adapters/src/postgres/postgres-rescore-selection.js';
import { PostgresScoreRevisions } from '../../../packages/adapters/src/postgres/postgres-score-revisions.js';
import {
  type RescoreWorld,
  rescoreWorld,
  scoredSession,
  setStoredRaw,
} from '../../support/rescore-fixtures.js';

const right = async <A>(task: () => Promise<E.Either<unknown, A>>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe('postgres score revisions (one statement per rescored session)', function () {
  this.timeout(120_000);
  let world: RescoreWorld;
  before(async () => {
    world = await rescoreWorld();
  });
  after(async () => {
    await world?.drop();
  });

  it('lets exactly one of several concurrent writers of the same version win, and cascades with the session', async () => {
    const session = await scoredSession(world.app);
    const row = await world.knex('ikigai_dimension_scores').where({ test_session_id: session.id }).first();
    await setStoredRaw(
      world.knex,
      session.id,
      'what_you_love',
      row.scores_data.dimension_scores.what_you_love[0].profession_id,
      0.01,
    );
    const selection = new PostgresRescoreSelection(world.knex);
    const [snapshot] = await right(selection.loadScored([SessionId(session.id)]));
    const plan = planRescore(snapshot, {}, null, new Date());
    if (E.isLeft(plan) || plan.right._tag !== 'Different') throw new Error('expected a change');
    const revision: ScoreRevision = {
      session: snapshot.id,
      expectedVersion: snapshot.version,
      scores: plan.right.scores,
      dimensionsChanged: plan.right.dimensionsChanged,
      recommendation: null,
      narrative: 'unchanged',
      diff: revisionDiff(plan.right.diff),
      author: { actor: 'test', reason: 'race', mode: 'reuse', runId: null },
    };
    const repository = new PostgresScoreRevisions(world.knex);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => right(repository.applyAll([revision]))),
    );
    expect(results.filter((written) => written.has(snapshot.id))).to.have.length(1);
    const revisions = await world.knex('score_revisions').where({ test_session_id: session.id });
    expect(revisions).to.have.length(1);
    expect(revisions[0].old_calculated_at.toISOString()).to.equal(snapshot.scores.calculatedAt.toISOString());
    // The version moved: a writer that read before the win is refused.
    expect((await right(repository.applyAll([revision]))).size).to.equal(0);
    const [reread] = await right(selection.loadScored([SessionId(session.id)]));
    expect(reread.version).to.not.equal(snapshot.version);
    expect(reread.scores.totalScores).to.deep.equal(plan.right.scores.totalScores);

    await world.knex('careerprofile_test_sessions').where({ id: session.id }).delete();
    expect(await world.knex('score_revisions').where({ test_session_id: session.id })).to.have.length(0);
  });
});
