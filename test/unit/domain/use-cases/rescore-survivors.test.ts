import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { ScriptedRelevanceJudge } from '../../../fakes/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { RescoreHarness, request, reversed } from './rescore-harness.js';

/** The relevance of completion shifted by a constant: the same normalised values, so the same totals. */
const shifted = () =>
  new ScriptedRelevanceJudge((professions) =>
    E.right({
      model: 'shifted-judge',
      scores: professions.map((p, i) => ({
        profession_id: p.profession_id,
        r_raw: Math.max(0.05, 0.95 - i * 0.1) - 0.05,
      })),
      missing: 0,
    }),
  );

describe('RescoreSession survivors', function () {
  let h: RescoreHarness;
  beforeEach(async function () {
    h = await new RescoreHarness().init();
  });
  const stored = () => h.w.db.state.ikigaiScores.get(Number(h.session.id));

  it('asks nothing of storage in reuse mode, so a broken answer store does not matter', async function () {
    h.w.db.faults.failNext('ikigai.findAnswers');
    h.w.db.faults.failNext('catalogue.profiles');
    const out = await runRight(h.rescorer().execute(h.selected(), request('reuse')));
    expect(out._tag).to.equal('Unchanged');
  });

  it('asks the judge with an empty text for a dimension whose answer is gone', async function () {
    const row = h.w.db.state.ikigaiResponses.get(Number(h.session.id));
    if (!row) throw new Error('no answers');
    const { what_you_love: _gone, ...rest } = row.answers;
    h.w.db.state.ikigaiResponses.set(Number(h.session.id), { ...row, answers: rest });
    const judge = new ScriptedRelevanceJudge();
    await runRight(h.rescorer(judge).execute(h.selected(), request('reask')));
    const love = judge.calls.find((c) => c.dimension === 'what_you_love');
    expect(love?.answerText).to.equal('');
    expect(judge.calls.filter((c) => c.answerText === '')).to.have.length(1);
  });

  it('reasks nothing in reask-failed mode for an old document without failed_dimensions', async function () {
    const scores = stored();
    if (!scores) throw new Error('no scores');
    const { failed_dimensions: _f, ...metadata } = scores.dimensionScores.metadata;
    h.w.db.state.ikigaiScores.set(Number(h.session.id), {
      ...scores,
      dimensionScores: {
        ...scores.dimensionScores,
        metadata: metadata as typeof scores.dimensionScores.metadata,
      },
    });
    const judge = new ScriptedRelevanceJudge();
    await runRight(h.rescorer(judge).execute(h.selected(), request('reask-failed')));
    expect(judge.calls).to.deep.equal([]);
  });

  it('rewrites changed dimension scores even when the ranking stays the same', async function () {
    const before = stored();
    const out = await runRight(h.rescorer(shifted()).execute(h.selected(), request('reask')));
    if (out._tag !== 'Rescored') throw new Error(`expected Rescored, got ${out._tag}`);
    expect(out.diff.score_deltas).to.deep.equal([]);
    expect(out.narrative).to.equal('unchanged');
    expect(h.store.revisions[0].dimensionsChanged).to.equal(true);
    expect(stored()?.totalScores.profession_scores).to.deep.equal(before?.totalScores.profession_scores);
    expect(stored()?.dimensionScores).to.not.deep.equal(before?.dimensionScores);
  });

  it('stamps a rescore strictly after the stored time even when the clock says the same time', async function () {
    const at = stored()?.calculatedAt;
    if (!at) throw new Error('no time');
    h.w.clock.set(new Date(at.getTime()));
    await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask')));
    expect(stored()?.calculatedAt.getTime()).to.equal(at.getTime() + 1);
  });

  it('answers CandidatesMissing when a new narrative needs the RIASEC outcome and it is gone', async function () {
    const outcome = h.w.db.state.submissions.get(Number(h.session.id));
    if (!outcome) throw new Error('no outcome');
    h.w.db.state.codes.delete(Number(outcome.riasec_code_id));
    await runLeft(h.rescorer(reversed()).execute(h.selected(), request('reask')), 'CandidatesMissing');
    expect(h.store.revisions).to.deep.equal([]);
  });
});
