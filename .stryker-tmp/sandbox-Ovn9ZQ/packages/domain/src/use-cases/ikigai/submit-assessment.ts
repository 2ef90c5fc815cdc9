// @ts-nocheck
import * as A from 'fp-ts/lib/Array.js';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { DIMENSION_KEYS, type DimensionKey, type SelectionType } from '../../model/dimension.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import {
  type AnswerViolation,
  type CheckedAnswer,
  checkDimensionAnswer,
} from '../../rules/dimension-answer.js';
import type { IkigaiCompletionResponse } from '../../scoring/completion-response.js';
import type { FinalizeIkigai } from './finalize-ikigai.js';
import type { SubmitDimension, SubmitDimensionError } from './submit-dimension.js';

export interface AssessmentAnswer {
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  readonly reasoning_text: string;
}

export interface SubmitAssessmentInput {
  readonly user: UserId;
  readonly token: SessionToken;
  readonly answers: Readonly<Record<DimensionKey, AssessmentAnswer>>;
}

/** Every dimension's violations at once, each tagged with its dimension. */
const checkAll = (
  answers: SubmitAssessmentInput['answers'],
): E.Either<SubmitDimensionError, Record<DimensionKey, CheckedAnswer>> => {
  const violations: AnswerViolation[] = [];
  const checked = {} as Record<DimensionKey, CheckedAnswer>;
  for (const key of DIMENSION_KEYS) {
    const result = checkDimensionAnswer(answers[key]);
    if (E.isLeft(result)) violations.push(...result.left.violations.map((v) => ({ ...v, dimension: key })));
    else checked[key] = result.right;
  }
  return violations.length > 0 ? E.left({ _tag: 'InvalidDimensionAnswer', violations }) : E.right(checked);
};

/**
 * POST /assessments/submit: the four Ikigai answers in one request, with the validations of
 * submit-dimension, all stored in one transaction, then scored like the fourth single answer.
 */
export class SubmitAssessment {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly dimensions: SubmitDimension,
    private readonly finalize: FinalizeIkigai,
  ) {}

  execute(input: SubmitAssessmentInput): TE.TaskEither<SubmitDimensionError, IkigaiCompletionResponse> {
    return pipe(
      TE.fromEither(checkAll(input.answers)),
      TE.chainW((checked) =>
        this.uow.run((scope) =>
          pipe(
            [...DIMENSION_KEYS],
            A.traverse(TE.ApplicativeSeq)((dimension) =>
              this.dimensions.saveAnswer(scope, {
                user: input.user,
                token: input.token,
                dimension,
                ...checked[dimension],
              }),
            ),
          ),
        ),
      ),
      TE.chainW((saved) => this.finalize.execute((saved.at(-1) as (typeof saved)[number]).session)),
    );
  }
}
