// @ts-nocheck
import type { IkigaiContentWriter, NarrativeWriter, PersonalityWriter, RelevanceJudge } from '@kenali/domain';
import { offlineContentWriter } from './content-writer.js';
import { offlineNarrativeWriter } from './narrative-writer.js';
import { offlinePersonalityWriter } from './personality-writer.js';
import { DocumentCache } from './profession-document.js';
import { offlineRelevanceJudge } from './relevance-judge.js';

export { OFFLINE_MODEL_ID } from './offline-model.js';
export { NEUTRAL_SCORE } from './calibrate.js';
export { stem } from './stemmer.js';
export { tokenise, fold, type Token } from './normalise.js';
export { queryTerms, type QueryTerm } from './query-terms.js';

/** The four AI ports served without any network: the engine used when there is no Gemini key (decisions §5). */
export interface OfflineAi {
  readonly content: IkigaiContentWriter;
  readonly relevance: RelevanceJudge;
  readonly narrative: NarrativeWriter;
  readonly personality: PersonalityWriter;
}

/** One engine per container: the tokenised profession documents are shared by the relevance and narrative calls. */
export const createOfflineAi = (): OfflineAi => {
  const cache = new DocumentCache();
  return {
    content: offlineContentWriter(),
    relevance: offlineRelevanceJudge(cache),
    narrative: offlineNarrativeWriter(cache),
    personality: offlinePersonalityWriter(),
  };
};
