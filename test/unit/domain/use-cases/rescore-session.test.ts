import type { DimensionKey } from '@kenali/domain';
import { DIMENSION_KEYS, NO_MODEL, revisionDiff } from '@kenali/domain';
import { expect } from 'chai';
import { NARRATIVE_MODEL, ScriptedNarrativeWriter, ScriptedRelevanceJudge } from '../../../fakes/index.js';
import { runRight } from '../../../support/expect-either.js';
import { RescoreHarness, flatter, request, reversed } from './rescore-harness.js';
import { dimensionInput } from './world.js';

describe('RescoreSession (offline rescoring against the in-memory store)', function () {
  let h: RescoreHarness;
  beforeEach(async function () {
    h = await new RescoreHarness().init();
  });
  const stored = () => h.w.db.state.ikigaiScores.get(Number(h.session.id));
  const recommendation = () => h.w.db.state.recommendations.get(Number(h.session.id));

  it('leaves a session whose stored r_raw reproduce its scores unchanged, without asking the AI', async function () {
    const judge = new ScriptedRelevanceJudge();
    const before = structuredClone(stored());
    const out = await runRight(h.rescorer(judge).execute(h.selected(), request('reuse')));
    expect(out).to.deep.equal({ _tag: 'Unchanged', session: h.ref(), aiFailures: [] });
    expect(judge.calls).to.deep.equal([]);
    expect(h.store.applyCalls).to.deep.equal([]);
    expect(stored()).to.deep.equal(before);
  });

  it('reasks every dimension and, in a dry run, reports the new top two without writing or narrating', async function () {
    const before = structuredClone(stored());
    const out = await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask', true)));
    if (out._tag !== 'Rescored') throw new Error(`expected Rescored, got ${out._tag}`);
    expect(out).to.deep.include({
      session: h.ref(),
      narrative: 'regenerated',
      written: false,
      aiFailures: [],
    });
    expect(out.diff.top_2_changed).to.equal(true);
    expect(out.diff.top_2_before).to.deep.equal([before?.topProfession1, before?.topProfession2]);
    expect(h.narrator.requests).to.deep.equal([]);
    expect(h.store.applyCalls).to.deep.equal([]);
    expect(stored()).to.deep.equal(before);
  });

  it('writes a new top two with a regenerated narrative and a revision naming its author', async function () {
    const before = structuredClone(stored());
    const version = h.store.versionOf(h.session.id);
    const out = await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask')));
    if (out._tag !== 'Rescored') throw new Error(`expected Rescored, got ${out._tag}`);
    expect(out).to.deep.include({ narrative: 'regenerated', written: true, aiFailures: [] });
    const after = stored();
    expect([after?.topProfession1, after?.topProfession2]).to.deep.equal(out.diff.top_2_after);
    expect(out.diff.top_2_after).to.not.deep.equal([before?.topProfession1, before?.topProfession2]);
    expect(after?.aiModelUsed).to.equal('reversed-judge');
    expect(after?.calculatedAt).to.deep.equal(h.w.clock.now());
    expect(h.store.revisions).to.have.length(1);
    expect(h.store.revisions[0]).to.deep.include({
      session: h.session.id,
      expectedVersion: version,
      dimensionsChanged: true,
      narrative: 'regenerated',
      diff: revisionDiff(out.diff),
      author: request('reask'),
    });
    expect(recommendation()).to.deep.include({
      topProfession1: after?.topProfession1,
      topProfession2: after?.topProfession2,
      aiModelUsed: NARRATIVE_MODEL,
      generatedAt: h.w.clock.now(),
    });
    expect(h.narrator.requests).to.have.length(1);
    expect(h.narrator.requests[0].userCode).to.equal('I');
    expect(h.narrator.requests[0].top.map((p) => p.profession_id)).to.have.members(out.diff.top_2_after);
    const answers = h.w.db.state.ikigaiResponses.get(Number(h.session.id))?.answers ?? {};
    expect(h.narrator.requests[0].answers).to.deep.equal(
      Object.fromEntries(DIMENSION_KEYS.map((k) => [k, answers[k]?.reasoning_text])),
    );
    // Idempotent: the same answers again write nothing.
    const again = await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask')));
    expect(again._tag).to.equal('Unchanged');
    expect(h.store.revisions).to.have.length(1);
  });

  it('stores the fallback narrative, flagged, when the narrator fails', async function () {
    await runRight(
      h.rescorer(reversed(), ScriptedNarrativeWriter.failing()).execute(h.selected(), request('reask')),
    );
    expect(recommendation()?.aiModelUsed).to.equal(NO_MODEL);
    expect(recommendation()?.data.generation_context.narrative_fallback_used).to.equal(true);
  });

  it('refreshes the scores in the stored texts when the top two stays, keeping the model and time', async function () {
    const old = structuredClone(recommendation());
    const out = await runRight(h.rescorer(flatter()).execute(h.selected(), request('reask')));
    if (out._tag !== 'Rescored') throw new Error(`expected Rescored, got ${out._tag}`);
    expect(out).to.deep.include({ narrative: 'refreshed', written: true });
    expect(out.diff.top_2_changed).to.equal(false);
    expect(h.narrator.requests).to.deep.equal([]);
    const now = recommendation();
    expect(now).to.deep.include({ aiModelUsed: old?.aiModelUsed, generatedAt: old?.generatedAt });
    expect(now?.data.ikigai_profile_summary).to.deep.equal(old?.data.ikigai_profile_summary);
    expect(now?.data.recommended_professions.map((p) => p.match_percentage)).to.not.deep.equal(
      old?.data.recommended_professions.map((p) => p.match_percentage),
    );
    expect(h.store.revisions[0].recommendation).to.deep.include({ aiModelUsed: null, generatedAt: null });
  });

  it('leaves the recommendation alone when there is none to refresh', async function () {
    h.w.db.state.recommendations.delete(Number(h.session.id));
    const out = await runRight(h.rescorer(flatter()).execute(h.selected(), request('reask')));
    expect(out).to.deep.include({ _tag: 'Rescored', narrative: 'unchanged' });
    expect(h.store.revisions[0].recommendation).to.equal(null);
    expect(recommendation()).to.equal(undefined);
  });

  it('keeps the stored r_raw of a dimension whose reask failed, and reports it', async function () {
    const judge = new ScriptedRelevanceJudge();
    for (const key of DIMENSION_KEYS) judge.failing(key);
    const out = await runRight(h.rescorer(judge).execute(h.selected(), request('reask')));
    expect(out).to.deep.equal({ _tag: 'Unchanged', session: h.ref(), aiFailures: [...DIMENSION_KEYS] });
    expect(h.store.applyCalls).to.deep.equal([]);
  });

  it('reasks only the dimensions that failed at scoring in reask-failed mode', async function () {
    const failed: DimensionKey = 'what_the_world_needs';
    const other = h.w.user();
    const ongoing = await h.w.ikigaiOngoing(other);
    const judge = new ScriptedRelevanceJudge().failing(failed);
    const { submit } = h.w.ikigai(judge);
    for (const key of DIMENSION_KEYS) await runRight(submit.execute(dimensionInput(ongoing, key)));
    const done = await h.w.session(other, ongoing.session_token);
    const fresh = new ScriptedRelevanceJudge();
    const out = await runRight(
      h.rescorer(fresh).execute(h.selected('scored', done), request('reask-failed')),
    );
    expect(fresh.calls.map((c) => c.dimension)).to.deep.equal([failed]);
    expect(out._tag).to.equal('Rescored');
    const after = h.w.db.state.ikigaiScores.get(Number(done.id));
    expect(after?.dimensionScores.metadata.failed_dimensions).to.deep.equal([]);
    const untouched = new ScriptedRelevanceJudge();
    await runRight(h.rescorer(untouched).execute(h.selected(), request('reask-failed')));
    expect(untouched.calls).to.deep.equal([]);
  });

  it('reports a session whose scores are gone as vanished', async function () {
    h.w.db.state.ikigaiScores.delete(Number(h.session.id));
    const out = await runRight(h.rescorer().execute(h.selected(), request('reuse')));
    expect(out).to.deep.equal({ _tag: 'Vanished', session: h.ref() });
  });
});
