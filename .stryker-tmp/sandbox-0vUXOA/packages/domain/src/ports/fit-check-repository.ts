// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { FitCheckClassification } from '../fit-check/classify.js';
import type { ProfessionId, RiasecCodeId, SessionId } from '../model/ids.js';

/** One `fit_check_results` row. */
export interface FitCheckRecord extends FitCheckClassification {
  readonly session: SessionId;
  readonly profession_id: ProfessionId;
  readonly user_riasec_code_id: RiasecCodeId;
  readonly profession_riasec_code_id: RiasecCodeId;
  readonly created_at: Date;
}

export interface FitCheckRepository {
  save(record: FitCheckRecord): TE.TaskEither<PortError, void>;
  find(session: SessionId): TE.TaskEither<PortError, O.Option<FitCheckRecord>>;
}
