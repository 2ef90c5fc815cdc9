import type {
  DimensionKey,
  ProfessionId,
  Repositories,
  Session,
  SessionToken,
  SubmitDimensionInput,
  UserId,
} from '@kenali/domain';
import {
  DIMENSION_KEYS,
  FinalizeIkigai,
  ProfessionId as toProfessionId,
  StartSession,
  SubmitDimension,
  SubmitRiasec,
  UserId as toUserId,
  startIkigai,
} from '@kenali/domain';
import {
  FixedClock,
  InMemoryDatabase,
  InMemoryUnitOfWork,
  ScriptedNarrativeWriter,
  ScriptedRelevanceJudge,
  SequentialIdGenerator,
  inMemoryRepositories,
} from '../../../fakes/index.js';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { ProfessionMother, canonicalCodes, uuid } from '../../../fakes/mothers/index.js';
import { I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { expectRight, runRight } from '../../../support/expect-either.js';

export const RECOMMENDATION_COST = 3;

/** One valid reasoning text per Ikigai dimension. */
export const IKIGAI_TEXTS: Readonly<Record<DimensionKey, string>> = {
  what_you_love: 'Saya senang mencari pola di balik angka.',
  what_you_are_good_at: 'Saya teliti dan sabar memeriksa data.',
  what_the_world_needs: 'Keputusan publik perlu didasarkan pada bukti.',
  what_you_can_be_paid_for: 'Perusahaan membayar orang yang bisa membaca data.',
};

/** A not-selected answer of the session's owner, with the dimension's text. */
export const dimensionInput = (
  session: Session,
  dimension: DimensionKey,
  overrides: Partial<SubmitDimensionInput> = {},
): SubmitDimensionInput => ({
  user: session.user_id,
  token: session.session_token,
  dimension,
  selected_profession_id: null,
  selection_type: 'not_selected',
  reasoning_text: IKIGAI_TEXTS[dimension],
  ...overrides,
});

/** One in-memory world per test: database, unit of work, clock and ids, plus helpers to reach a given phase. */
export class World {
  readonly db = InMemoryDatabase.empty();
  readonly repos: Repositories = inMemoryRepositories(this.db);
  readonly uow = new InMemoryUnitOfWork(this.db);
  readonly clock = new FixedClock('2026-03-01T08:00:00.000Z');
  readonly ids = new SequentialIdGenerator();
  private nextProfession = 100;

  readonly startSession = new StartSession(this.uow, this.clock, this.ids, RECOMMENDATION_COST);
  readonly submitRiasec = new SubmitRiasec(this.uow, this.clock);

  user(tokens: number | null = 10): UserId {
    return this.db.addUser(toUserId(uuid()), { tokens });
  }

  /** All 156 codes, as the seed loads them. */
  withCodes(): this {
    for (const record of canonicalCodes().values()) this.db.addCode(record);
    return this;
  }

  profession(code: string | null): ProfessionId {
    const spec = ProfessionMother.withCode(code);
    const codeId = code === null ? null : (canonicalCodes().get(code)?.id ?? null);
    return this.db.addProfession({
      id: toProfessionId(++this.nextProfession),
      name: spec.name,
      riasec_code_id: codeId,
      about_description: spec.about,
      riasec_description: spec.riasecDescription,
      activities: spec.activities,
      hard_skills: spec.hardSkills,
      soft_skills: spec.softSkills,
      tools: spec.tools,
      paths: spec.paths,
    });
  }

  async session(user: UserId, token: SessionToken): Promise<Session> {
    const found = await runRight(this.repos.sessions.findOwned(user, token));
    if (found._tag === 'None') throw new Error(`session ${token} not found`);
    return found.value;
  }

  /** A refused RIASEC submit left no trace: still riasec_ongoing, no outcome, verdict, profile or finished history. */
  async expectRiasecUntouched(user: UserId, token: SessionToken): Promise<void> {
    const session = await this.session(user, token);
    expect(session.status, 'status').to.equal('riasec_ongoing');
    expect(await runRight(this.repos.riasec.findOutcome(session.id)), 'outcome').to.deep.equal(O.none);
    expect(await runRight(this.repos.fitChecks.find(session.id)), 'fit check').to.deep.equal(O.none);
    expect(await runRight(this.repos.careerProfiles.find(user)), 'career profile').to.deep.equal(O.none);
    const history = this.db.state.history.filter((h) => h.session === Number(session.id));
    expect(
      history.map((h) => h.status),
      'history',
    ).to.deep.equal(['ongoing']);
  }

  /** A started RECOMMENDATION session (paid, question order stored). */
  async started(
    user: UserId,
    goal: 'RECOMMENDATION' | 'FIT_CHECK' = 'RECOMMENDATION',
    target?: ProfessionId,
  ) {
    const out = await runRight(
      this.startSession.execute({ user, goal, persona: 'BUILDER', targetProfessionId: target ?? null }),
    );
    return out;
  }

  /** A RECOMMENDATION session whose RIASEC phase is done (code I) and whose Ikigai phase has begun. */
  async ikigaiOngoing(user: UserId): Promise<Session> {
    const { session_token, question_ids } = await this.started(user);
    this.clock.advance(10 * 60_000);
    await runRight(
      this.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
    );
    const done = await this.session(user, session_token);
    const { session: ongoing } = expectRight(startIkigai(done));
    await runRight(this.repos.sessions.saveTransition(ongoing));
    return this.session(user, session_token);
  }

  /** A RECOMMENDATION session scored through the four single answers (scores, recommendation, profile). */
  async completedRecommendation(user: UserId): Promise<Session> {
    const ongoing = await this.ikigaiOngoing(user);
    const { submit } = this.ikigai();
    this.clock.advance(5 * 60_000);
    for (const key of DIMENSION_KEYS) await runRight(submit.execute(dimensionInput(ongoing, key)));
    return this.session(user, ongoing.session_token);
  }

  /** A FIT_CHECK session completed at its RIASEC submit (code I against `target`). */
  async completedFitCheck(user: UserId, target: ProfessionId): Promise<Session> {
    const { session_token, question_ids } = await this.started(user, 'FIT_CHECK', target);
    this.clock.advance(20 * 60_000);
    await runRight(
      this.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
    );
    return this.session(user, session_token);
  }

  ikigai(judge = new ScriptedRelevanceJudge(), narrator = new ScriptedNarrativeWriter()) {
    const finalize = new FinalizeIkigai(this.uow, this.repos, judge, narrator, this.clock);
    return { judge, narrator, finalize, submit: new SubmitDimension(this.uow, finalize, this.clock) };
  }
}
