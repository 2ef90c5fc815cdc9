import type { RescoreMode, RescoreRequest, SelectedSession, Session, UserId } from '@kenali/domain';
import { RescoreSession } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { ScriptedNarrativeWriter, ScriptedRelevanceJudge } from '../../../fakes/index.js';
import { RescoreStore } from './rescore-fakes.js';
import { World } from './world.js';

export const request = (mode: RescoreMode, dryRun = false): RescoreRequest => ({
  actor: 'ops@kenali',
  reason: 'formula fix',
  mode,
  runId: 12,
  dryRun,
});

/** Relevance that puts the last candidate first: a new top two. */
export const reversed = (): ScriptedRelevanceJudge =>
  new ScriptedRelevanceJudge((professions) =>
    E.right({
      model: 'reversed-judge',
      scores: professions.map((p, i) => ({ profession_id: p.profession_id, r_raw: 0.1 + i * 0.3 })),
      missing: 0,
    }),
  );

/** The same order as at completion with other values: the same top two, other scores. */
export const flatter = (): ScriptedRelevanceJudge =>
  new ScriptedRelevanceJudge((professions) =>
    E.right({
      model: 'flatter-judge',
      scores: professions.map((p, i) => ({
        profession_id: p.profession_id,
        r_raw: [0.9, 0.8, 0.1][i] ?? 0.05,
      })),
      missing: 0,
    }),
  );

/** A world with one completed RECOMMENDATION session (three candidates, code I), a day later. */
export class RescoreHarness {
  readonly w = new World().withCodes();
  readonly store = new RescoreStore(this.w.db);
  readonly narrator = new ScriptedNarrativeWriter();
  user!: UserId;
  session!: Session;

  async init(): Promise<this> {
    this.user = this.w.user();
    for (let i = 0; i < 3; i++) this.w.profession('I');
    this.session = await this.w.completedRecommendation(this.user);
    this.w.clock.advance(86_400_000);
    return this;
  }

  rescorer(
    judge = new ScriptedRelevanceJudge(),
    writer: ScriptedNarrativeWriter = this.narrator,
  ): RescoreSession {
    return new RescoreSession({
      selection: this.store,
      revisions: this.store,
      repos: this.w.repos,
      judge,
      narrator: writer,
      finalize: this.w.ikigai(judge, writer).finalize,
      clock: this.w.clock,
    });
  }

  selected(kind: 'scored' | 'stuck' = 'scored', s: Session = this.session): SelectedSession {
    return { id: s.id, kind, userId: s.user_id, token: s.session_token };
  }

  /** The outcome's reference to the harness session. */
  ref() {
    return { id: this.session.id, token: this.session.session_token };
  }
}
