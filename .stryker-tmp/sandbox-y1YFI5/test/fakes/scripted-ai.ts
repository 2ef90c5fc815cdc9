// @ts-nocheck
import type {
  AiError,
  DimensionKey,
  Narrative,
  NarrativeRequest,
  NarrativeWriter,
  ProfessionProfile,
  RelevanceAnswer,
  RelevanceJudge,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

export const aiError = (call: AiError['call'], reason: AiError['reason'] = 'unavailable'): AiError => ({
  _tag: 'AiError',
  call,
  reason,
  message: `scripted ${reason}`,
});

export const JUDGE_MODEL = 'scripted-judge-1';
export const NARRATIVE_MODEL = 'scripted-narrator-1';

type RelevanceScript = (professions: readonly ProfessionProfile[]) => E.Either<AiError, RelevanceAnswer>;

/** Default relevance: the first profession fits best, each later one a little less (distinct, stable scores). */
export const descendingRelevance: RelevanceScript = (professions) =>
  E.right({
    model: JUDGE_MODEL,
    scores: professions.map((p, i) => ({
      profession_id: p.profession_id,
      r_raw: Math.max(0.05, 0.95 - i * 0.1),
    })),
    missing: 0,
  });

/** A relevance judge that answers from a per-dimension script and records every call. */
export class ScriptedRelevanceJudge implements RelevanceJudge {
  readonly calls: { dimension: DimensionKey; answerText: string; professions: number[] }[] = [];
  private readonly scripts = new Map<DimensionKey, RelevanceScript>();

  constructor(private readonly fallback: RelevanceScript = descendingRelevance) {}

  /** The dimension's call fails with an AiError. */
  failing(dimension: DimensionKey, reason: AiError['reason'] = 'timeout'): this {
    this.scripts.set(dimension, () => E.left(aiError('relevance', reason)));
    return this;
  }

  answering(dimension: DimensionKey, script: RelevanceScript): this {
    this.scripts.set(dimension, script);
    return this;
  }

  judge(
    dimension: DimensionKey,
    answerText: string,
    professions: readonly ProfessionProfile[],
  ): TE.TaskEither<AiError, RelevanceAnswer> {
    return () => {
      this.calls.push({
        dimension,
        answerText,
        professions: professions.map((p) => Number(p.profession_id)),
      });
      return Promise.resolve((this.scripts.get(dimension) ?? this.fallback)(professions));
    };
  }
}

/** A narrative writer that returns a fixed narrative (or a fixed AiError) and records every request. */
export class ScriptedNarrativeWriter implements NarrativeWriter {
  readonly requests: NarrativeRequest[] = [];

  constructor(private readonly outcome: E.Either<AiError, Narrative> = E.right(fixedNarrative([]))) {}

  static failing(reason: AiError['reason'] = 'rate_limited'): ScriptedNarrativeWriter {
    return new ScriptedNarrativeWriter(E.left(aiError('narrative', reason)));
  }

  write(request: NarrativeRequest): TE.TaskEither<AiError, Narrative> {
    return () => {
      this.requests.push(request);
      if (E.isLeft(this.outcome)) return Promise.resolve(this.outcome);
      const reasoning = Object.fromEntries(
        request.top.map((p) => [String(p.profession_id), `Cocok: ${p.name}.`]),
      );
      return Promise.resolve(E.right({ ...this.outcome.right, match_reasoning: reasoning }));
    };
  }
}

export const fixedNarrative = (top: readonly number[]): Narrative => ({
  model: NARRATIVE_MODEL,
  ikigai_profile_summary: {
    what_you_love: 'Kamu menyukai memecahkan teka-teki.',
    what_you_are_good_at: 'Kamu teliti dan sabar.',
    what_the_world_needs: 'Dunia butuh data yang jujur.',
    what_you_can_be_paid_for: 'Analisis dibayar dengan baik.',
  },
  match_reasoning: Object.fromEntries(top.map((id) => [String(id), 'Cocok.'])),
});
