import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { type SessionError, wrongStatus } from '../../errors/session-error.js';
import { DIMENSION_KEYS, type DimensionAnswers, type DimensionKey } from '../../model/dimension.js';
import type { Session } from '../../model/session.js';
import type {
  DimensionTexts,
  NarrativeWriter,
  RelevanceAnswer,
  RelevanceJudge,
} from '../../ports/ai-ports.js';
import type { AiError } from '../../ports/ai-error.js';
import type { Clock } from '../../ports/clock.js';
import type { StoredScores } from '../../ports/ikigai-repository.js';
import type { ProfessionProfile } from '../../ports/profession-catalogue.js';
import type { RiasecOutcome } from '../../ports/riasec-repository.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { completeIkigai } from '../../rules/session-transitions.js';
import {
  type IkigaiCompletionResponse,
  buildIkigaiCompletionResponse,
} from '../../scoring/completion-response.js';
import { scoreIkigai } from '../../scoring/pipeline.js';
import type { ScoringError } from '../../scoring/scoring-error.js';
import { recordCompletion } from '../record-completion.js';
import { buildRecommendationsData } from './recommendations-data.js';

export type FinalizeError =
  | SessionError
  | PortError
  | ScoringError
  | { readonly _tag: 'CandidatesMissing' }
  | { readonly _tag: 'AnswersIncomplete' };

/** Stored when no scoring call answered at all: the metadata then lists all four dimensions as failed. */
export const NO_MODEL = 'none';

interface Material {
  readonly outcome: RiasecOutcome;
  readonly answers: DimensionAnswers;
  readonly profiles: readonly ProfessionProfile[];
}

const answerTexts = (answers: DimensionAnswers): DimensionTexts =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, answers[k]?.reasoning_text ?? ''])) as DimensionTexts;

/**
 * Scores a session whose four answers are stored, exactly once: four relevance calls in parallel (outside any
 * transaction), the pipeline, then one transaction that re-checks the session under a row lock, so a concurrent
 * or resumed run that lost the race stores nothing. The narrative follows and is written at most once.
 */
export class FinalizeIkigai {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: Repositories,
    private readonly judge: RelevanceJudge,
    private readonly narrator: NarrativeWriter,
    private readonly clock: Clock,
  ) {}

  /**
   * `answers`: the four answers when the caller has just read them in its own transaction (answers are
   * written once and never change), which spares reading them again.
   */
  execute(
    session: Session,
    answers?: DimensionAnswers,
  ): TE.TaskEither<FinalizeError, IkigaiCompletionResponse> {
    return pipe(
      this.material(session, answers),
      TE.chainW((material) =>
        pipe(
          this.repos.ikigai.findScores(session.id),
          TE.chainW(O.match(() => this.score(session, material), TE.right)),
          TE.chainFirstW((scores) => this.ensureRecommendation(session, material, scores)),
        ),
      ),
      TE.map((scores) => buildIkigaiCompletionResponse(session.session_token, scores.totalScores)),
    );
  }

  private material(session: Session, known?: DimensionAnswers): TE.TaskEither<FinalizeError, Material> {
    return pipe(
      TE.Do,
      TE.apSW(
        'outcome',
        pipe(
          this.repos.riasec.findOutcome(session.id),
          TE.chainW(TE.fromOption((): FinalizeError => ({ _tag: 'CandidatesMissing' }))),
        ),
      ),
      TE.apSW('answers', known ? TE.right(known) : this.repos.ikigai.findAnswers(session.id)),
      TE.chainW((m) =>
        DIMENSION_KEYS.every((k) => m.answers[k] !== undefined)
          ? pipe(
              this.repos.catalogue.profiles(m.outcome.candidates_data.candidates.map((c) => c.profession_id)),
              TE.map((profiles) => ({ ...m, profiles })),
            )
          : TE.left<FinalizeError, Material>({ _tag: 'AnswersIncomplete' }),
      ),
    );
  }

  private score(session: Session, m: Material): TE.TaskEither<FinalizeError, StoredScores> {
    const judge = (key: DimensionKey) =>
      this.judge.judge(key, m.answers[key]?.reasoning_text ?? '', m.profiles);
    return pipe(
      TE.fromTask(async () => Promise.all(DIMENSION_KEYS.map((key) => judge(key)()))),
      TE.chainW((answers) => {
        const nameOf = new Map(m.profiles.map((p) => [Number(p.profession_id), p.name]));
        const byKey = new Map<DimensionKey, E.Either<AiError, RelevanceAnswer>>(
          DIMENSION_KEYS.map((k, i) => [k, answers[i]]),
        );
        const now = this.clock.now();
        const scored = scoreIkigai(
          {
            candidates: m.outcome.candidates_data.candidates.map((c) => ({
              ...c,
              profession_name: nameOf.get(Number(c.profession_id)) ?? null,
            })),
            dimensions: Object.fromEntries(
              DIMENSION_KEYS.map((k) => {
                const answer = byKey.get(k);
                return [
                  k,
                  {
                    selected_profession_id: m.answers[k]?.selected_profession_id ?? null,
                    r_raw: answer && E.isRight(answer) ? answer.right.scores : null,
                  },
                ];
              }),
            ) as Parameters<typeof scoreIkigai>[0]['dimensions'],
          },
          now.toISOString(),
        );
        const model = answers.find(E.isRight);
        return pipe(
          TE.fromEither(scored),
          TE.map((result): StoredScores => ({
            dimensionScores: result.dimension_scores,
            totalScores: result.total_scores,
            topProfession1: result.top_profession1_id,
            topProfession2: result.top_profession2_id,
            aiModelUsed: model && E.isRight(model) ? model.right.model : NO_MODEL,
            totalApiCalls: DIMENSION_KEYS.length,
            calculatedAt: now,
          })),
          TE.chainW((scores) => this.store(session, scores)),
        );
      }),
    );
  }

  /** Writes the scores and completes the session, unless another run already did (then its scores win). */
  private store(session: Session, scores: StoredScores): TE.TaskEither<FinalizeError, StoredScores> {
    return this.uow.run((scope) =>
      pipe(
        scope.sessions.findOwnedForUpdate(session.user_id, session.session_token),
        TE.chainW(TE.fromOption((): FinalizeError => wrongStatus(session.status, ['ikigai_ongoing']))),
        TE.chainW((locked) =>
          locked.status === 'completed'
            ? pipe(
                scope.ikigai.findScores(locked.id),
                TE.chainW(TE.fromOption((): FinalizeError => ({ _tag: 'CandidatesMissing' }))),
              )
            : pipe(
                TE.fromEither(completeIkigai(locked, scores.calculatedAt)),
                TE.chainFirstW(() => scope.ikigai.saveScores(locked.id, scores)),
                TE.chainFirstW(() => scope.ikigai.completeResponses(locked.id, scores.calculatedAt)),
                TE.chainFirstW((completed) => scope.sessions.saveTransition(completed)),
                TE.chainFirstW((completed) => recordCompletion(scope, completed, scores.calculatedAt)),
                TE.map(() => scores),
              ),
        ),
      ),
    );
  }

  /** The narrative never fails the request: an AI failure stores fallback texts, flagged in the context. */
  private ensureRecommendation(
    session: Session,
    m: Material,
    scores: StoredScores,
  ): TE.TaskEither<PortError, void> {
    return pipe(
      this.repos.recommendations.find(session.id),
      TE.chain(
        O.match(
          () => {
            const ranked = scores.totalScores.profession_scores;
            const top = m.profiles.filter((p) =>
              ranked.slice(0, 2).some((e) => Number(e.profession_id) === Number(p.profession_id)),
            );
            const texts = answerTexts(m.answers);
            return pipe(
              TE.fromTask(this.narrator.write({ answers: texts, userCode: m.outcome.riasec_code, top })),
              TE.chain((narrative) => {
                const now = this.clock.now();
                const data = buildRecommendationsData({
                  ranked,
                  candidates: m.outcome.candidates_data.candidates,
                  profiles: m.profiles,
                  userCode: m.outcome.riasec_code,
                  userCodeId: m.outcome.riasec_code_id,
                  answers: texts,
                  narrative: E.isRight(narrative) ? narrative.right : undefined,
                  generatedAt: now.toISOString(),
                });
                return this.repos.recommendations.saveOnce(session.id, {
                  data,
                  topProfession1: scores.topProfession1,
                  topProfession2: scores.topProfession2,
                  aiModelUsed: E.isRight(narrative) ? narrative.right.model : NO_MODEL,
                  generatedAt: now,
                });
              }),
              TE.map(() => undefined),
            );
          },
          () => TE.right(undefined),
        ),
      ),
    );
  }
}
