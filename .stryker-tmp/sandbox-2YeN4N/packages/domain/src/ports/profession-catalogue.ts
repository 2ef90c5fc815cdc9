// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { ProfessionId, RiasecCodeId } from '../model/ids.js';
import type { CatalogueProfession } from '../riasec/expansion.js';
export interface RiasecCodeRecord {
  readonly id: RiasecCodeId;
  readonly riasec_code: string;
  readonly riasec_title: string;
  readonly riasec_description: string;
  readonly strengths: readonly string[];
  readonly challenges: readonly string[];
  readonly strategies: readonly string[];
  readonly work_environments: readonly string[];
  readonly interaction_styles: readonly string[];
}
export interface CareerStep {
  readonly title: string;
  readonly experience_range: string;
  readonly salary_min: number | null;
  readonly salary_max: number | null;
}

/** What a profession looks like to the AI calls and result tabs. */
export interface ProfessionProfile {
  readonly profession_id: ProfessionId;
  readonly name: string;
  readonly riasec_code: string | null;
  readonly riasec_code_id: RiasecCodeId | null;
  readonly about_description: string;
  readonly riasec_description: string;
  readonly activities: readonly string[];
  readonly hard_skills: readonly string[];
  readonly soft_skills: readonly string[];
  readonly tools: readonly string[];
  readonly entry_level_path: CareerStep | null;
  readonly senior_level_path: CareerStep | null;
}

/** Name and code only: what the result tabs show, in one cheap query. */
export interface ProfessionBrief {
  readonly profession_id: ProfessionId;
  readonly name: string;
  readonly riasec_code: string | null;
}

/** Read side of the Go-owned profession catalogue and `riasec_codes`. */
export interface ProfessionCatalogue {
  /** Classified professions grouped by their exact RIASEC code, for candidate expansion. */
  professionsByCode(): TE.TaskEither<PortError, ReadonlyMap<string, readonly CatalogueProfession[]>>;
  codes(): TE.TaskEither<PortError, ReadonlyMap<string, RiasecCodeRecord>>;
  codeById(id: RiasecCodeId): TE.TaskEither<PortError, RiasecCodeRecord | undefined>;
  profiles(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionProfile[]>;
  /** Unknown ids are simply absent from the answer. */
  briefs(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionBrief[]>;
}