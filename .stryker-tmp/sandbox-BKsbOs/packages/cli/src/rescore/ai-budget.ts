// @ts-nocheck
import type { AiDecorators } from '@kenali/adapters';
import type { NarrativeWriter, RelevanceJudge } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';

/**
 * Spaces calls evenly at `perSecond` across everything that shares the limiter (one per process): a reask
 * run must not turn into a burst that trips the provider's own quota, which would fail whole dimensions.
 */
export class CallBudget {
  private next = 0;

  constructor(private readonly perSecond: number) {}

  async acquire(): Promise<void> {
    const interval = 1000 / this.perSecond;
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + interval;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }

  wrap<A extends unknown[], E, B>(
    call: (...args: A) => TE.TaskEither<E, B>,
  ): (...args: A) => TE.TaskEither<E, B> {
    return (...args) =>
      async () => {
        await this.acquire();
        return call(...args)();
      };
  }
}

/** Decorators that route every AI call of a rescore (relevance and narrative) through one budget. */
export const budgetDecorators = (perSecond: number | null): AiDecorators => {
  if (perSecond === null) return {};
  const budget = new CallBudget(perSecond);
  return {
    judge: (judge: RelevanceJudge): RelevanceJudge => ({ judge: budget.wrap(judge.judge.bind(judge)) }),
    narrator: (narrator: NarrativeWriter): NarrativeWriter => ({
      write: budget.wrap(narrator.write.bind(narrator)),
    }),
  };
};
