// @ts-nocheck
import type { DimensionKey, Session, UserId } from '@kenali/domain';
import { DIMENSION_KEYS, NO_MODEL } from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import {
  JUDGE_MODEL,
  NARRATIVE_MODEL,
  ScriptedNarrativeWriter,
  ScriptedRelevanceJudge,
} from '../../../fakes/index.js';
import { DimensionMother, SessionMother } from '../../../fakes/mothers/index.js';
import { expectRight, runLeft, runRight } from '../../../support/expect-either.js';
import { World } from './world.js';

describe('FinalizeIkigai', function () {
  let w: World;
  let user: UserId;
  let session: Session;
  beforeEach(async function () {
    w = new World().withCodes();
    user = w.user();
    for (let i = 0; i < 3; i++) w.profession('I');
    session = await w.ikigaiOngoing(user);
    await runRight(w.repos.ikigai.ensureResponseRow(session.id, w.clock.now()));
  });

  const answer = async (keys: readonly DimensionKey[] = DIMENSION_KEYS) => {
    for (const key of keys)
      await runRight(w.repos.ikigai.saveAnswer(session.id, key, DimensionMother.answer()));
  };
  const storedScores = async () => O.toUndefined(await runRight(w.repos.ikigai.findScores(session.id)));
  const storedRecommendation = async () =>
    O.toUndefined(await runRight(w.repos.recommendations.find(session.id)));

  it('refuses to score while a dimension is unanswered', async function () {
    const { finalize, judge } = w.ikigai();
    await answer(DIMENSION_KEYS.slice(0, 3));
    await runLeft(finalize.execute(session), 'AnswersIncomplete');
    expect(judge.calls).to.deep.equal([]);
    expect(await storedScores()).to.equal(undefined);
  });

  it('needs the RIASEC candidates of the session', async function () {
    const { finalize } = w.ikigai();
    const other = w.user();
    const bare = await runRight(w.repos.sessions.insert(SessionMother.recommendation(other)));
    const ongoing = SessionMother.advanced(bare, 'ikigai_ongoing', w.clock.now());
    await runRight(w.repos.sessions.saveTransition(ongoing));
    await runLeft(finalize.execute(ongoing), 'CandidatesMissing');
  });

  it('stores the scores with the judge model and no failed dimension when every call answers', async function () {
    const { finalize } = w.ikigai();
    await answer();
    await runRight(finalize.execute(session));
    const scores = await storedScores();
    expect(scores).to.deep.include({
      aiModelUsed: JUDGE_MODEL,
      totalApiCalls: 4,
      calculatedAt: w.clock.now(),
    });
    expect(scores?.dimensionScores.metadata).to.deep.include({ failed_dimensions: [], fallback_used: false });
  });

  it('reports a dimension whose relevance call failed in failed_dimensions, and still completes', async function () {
    const { finalize } = w.ikigai(new ScriptedRelevanceJudge().failing('what_the_world_needs'));
    await answer();
    const done = await runRight(finalize.execute(session));
    expect(done.status).to.equal('completed');
    const scores = await storedScores();
    expect(scores?.dimensionScores.metadata).to.deep.include({
      failed_dimensions: ['what_the_world_needs'],
      fallback_used: true,
    });
    expect(scores?.aiModelUsed).to.equal(JUDGE_MODEL);
    // A failed dimension gives every candidate the neutral 0.5.
    const rows = scores?.dimensionScores.dimension_scores.what_the_world_needs ?? [];
    expect(rows.map((r) => r.r_raw)).to.deep.equal(rows.map(() => 0.5));
  });

  it(`records model "${NO_MODEL}" when no relevance call answered`, async function () {
    const judge = new ScriptedRelevanceJudge();
    for (const key of DIMENSION_KEYS) judge.failing(key);
    const { finalize } = w.ikigai(judge);
    await answer();
    await runRight(finalize.execute(session));
    const scores = await storedScores();
    expect(scores?.aiModelUsed).to.equal(NO_MODEL);
    expect(scores?.dimensionScores.metadata.failed_dimensions).to.deep.equal([...DIMENSION_KEYS]);
  });

  it('writes the narrative recommendation once, with the narrator’s model', async function () {
    const { finalize, narrator } = w.ikigai();
    await answer();
    await runRight(finalize.execute(session));
    const recommendation = await storedRecommendation();
    expect(recommendation?.aiModelUsed).to.equal(NARRATIVE_MODEL);
    expect(recommendation?.data.generation_context.narrative_fallback_used).to.equal(false);
    expect(narrator.requests).to.have.length(1);
    expect(narrator.requests[0]).to.deep.include({ userCode: 'I' });
    expect(narrator.requests[0].top).to.have.length(2);
  });

  it('falls back to texts built from the answers when the narrative fails, and flags it', async function () {
    const { finalize } = w.ikigai(new ScriptedRelevanceJudge(), ScriptedNarrativeWriter.failing());
    await answer();
    const done = await runRight(finalize.execute(session));
    expect(done.status).to.equal('completed');
    const recommendation = await storedRecommendation();
    expect(recommendation?.aiModelUsed).to.equal(NO_MODEL);
    expect(recommendation?.data.generation_context.narrative_fallback_used).to.equal(true);
    const answers = await runRight(w.repos.ikigai.findAnswers(session.id));
    expect(recommendation?.data.ikigai_profile_summary.what_you_love).to.equal(
      answers.what_you_love?.reasoning_text,
    );
    for (const profession of recommendation?.data.recommended_professions ?? [])
      expect(profession.match_reasoning).to.include(profession.profession_name);
    expect(recommendation?.data.recommended_professions).to.have.length(2);
  });

  it('resumes after a crash between the scores and the narrative: no rescoring, the narrative is written', async function () {
    const { finalize, judge, narrator } = w.ikigai();
    await answer();
    const first = await runRight(finalize.execute(session));
    w.db.state.recommendations.clear(); // the process died before the narrative was stored
    const again = await runRight(finalize.execute(session));
    expect(again).to.deep.equal(first);
    expect(judge.calls).to.have.length(4);
    expect(narrator.requests).to.have.length(2);
    expect(await storedRecommendation()).to.not.equal(undefined);
  });

  it('when two runs race, the later store adopts the scores already stored and writes nothing', async function () {
    // The two judges disagree, so the stored document shows whose run won.
    const reversed = new ScriptedRelevanceJudge((professions) =>
      E.right({
        model: 'reversed-judge',
        scores: professions.map((p, i) => ({ profession_id: p.profession_id, r_raw: 0.1 + i * 0.3 })),
        missing: 0,
      }),
    );
    const first = w.ikigai(reversed);
    const second = w.ikigai();
    await answer();
    const [a, b] = await Promise.all([first.finalize.execute(session)(), second.finalize.execute(session)()]);
    const stored = await storedScores();
    expect(first.judge.calls, 'both runs scored').to.have.length(4);
    expect(second.judge.calls, 'both runs scored').to.have.length(4);
    expect(w.db.state.ikigaiScores.size).to.equal(1);
    expect(expectRight(a)).to.deep.equal(expectRight(b));
    expect(expectRight(a).top_2_professions[0].profession_id).to.equal(stored?.topProfession1);
  });
});
