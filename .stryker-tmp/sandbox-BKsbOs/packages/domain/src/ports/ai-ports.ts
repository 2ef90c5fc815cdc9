// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { DimensionKey } from '../model/dimension.js';
import type { ProfessionId } from '../model/ids.js';
import type { AiError } from './ai-error.js';
import type { ProfessionProfile } from './profession-catalogue.js';
export type DimensionTexts = Readonly<Record<DimensionKey, string>>;
export interface ProfessionContent {
  readonly profession_id: ProfessionId;
  readonly dimension_content: DimensionTexts;
  readonly dimension_options?: DimensionTexts;
}

/** Call 1: per display candidate, one short text for each Ikigai dimension. */
export interface IkigaiContentWriter {
  write(professions: readonly ProfessionProfile[]): TE.TaskEither<AiError, {
    model: string;
    items: readonly ProfessionContent[];
  }>;
}
export interface RelevanceAnswer {
  readonly model: string;
  readonly scores: readonly {
    readonly profession_id: ProfessionId;
    readonly r_raw: number;
  }[];
  /** Candidates the AI left out (they got 0.5 and are counted, decisions §4 (29)). */
  readonly missing: number;
}

/** Call 2: how relevant each profession is to one dimension's free-text answer, 0..1. */
export interface RelevanceJudge {
  judge(dimension: DimensionKey, answerText: string, professions: readonly ProfessionProfile[]): TE.TaskEither<AiError, RelevanceAnswer>;
}
export interface NarrativeRequest {
  readonly answers: DimensionTexts;
  readonly userCode: string;
  readonly top: readonly ProfessionProfile[];
}
export interface Narrative {
  readonly model: string;
  readonly ikigai_profile_summary: DimensionTexts;
  readonly match_reasoning: Readonly<Record<string, string>>;
}

/** Call 3: the recommendation narrative for the top two professions. */
export interface NarrativeWriter {
  write(request: NarrativeRequest): TE.TaskEither<AiError, Narrative>;
}

/** Call 4: three sentences "about your code" for the personality tab. */
export interface PersonalityWriter {
  aboutCode(code: string, title: string, description: string): TE.TaskEither<AiError, string>;
}