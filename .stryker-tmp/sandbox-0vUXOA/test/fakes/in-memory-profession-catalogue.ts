// @ts-nocheck
import type {
  CatalogueProfession,
  PortError,
  ProfessionBrief,
  ProfessionCatalogue,
  ProfessionId,
  ProfessionProfile,
  RiasecCodeId,
  RiasecCodeRecord,
} from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { InMemoryDatabase, InMemoryState, ProfessionRow } from './in-memory-database.js';

const PORT = 'catalogue';

const codeOf = (state: InMemoryState, row: ProfessionRow): string | null =>
  row.riasec_code_id === null ? null : (state.codes.get(Number(row.riasec_code_id))?.riasec_code ?? null);

const selected = (state: InMemoryState, ids: readonly ProfessionId[]): ProfessionRow[] => {
  const wanted = new Set(ids.map(Number));
  return [...state.professions.values()].filter((row) => wanted.has(Number(row.id)));
};

/** The Go-owned catalogue as data: professions without a code never match a RIASEC code. */
export class InMemoryProfessionCatalogue implements ProfessionCatalogue {
  constructor(private readonly db: InMemoryDatabase) {}

  professionsByCode(): TE.TaskEither<PortError, ReadonlyMap<string, readonly CatalogueProfession[]>> {
    return this.db.op(PORT, 'professionsByCode', (state) => {
      const byCode = new Map<string, CatalogueProfession[]>();
      const rows = [...state.professions.values()].sort((a, b) => a.id - b.id);
      for (const row of rows) {
        const code = codeOf(state, row);
        if (code === null || row.riasec_code_id === null) continue;
        const list = byCode.get(code) ?? [];
        list.push({ profession_id: row.id, riasec_code_id: row.riasec_code_id });
        byCode.set(code, list);
      }
      return byCode;
    });
  }

  codes(): TE.TaskEither<PortError, ReadonlyMap<string, RiasecCodeRecord>> {
    return this.db.op(
      PORT,
      'codes',
      (state) => new Map([...state.codes.values()].map((c) => [c.riasec_code, c])),
    );
  }

  codeById(id: RiasecCodeId): TE.TaskEither<PortError, RiasecCodeRecord | undefined> {
    return this.db.op(PORT, 'codeById', (state) => state.codes.get(Number(id)));
  }

  profiles(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionProfile[]> {
    return this.db.op(PORT, 'profiles', (state) =>
      selected(state, ids).map((row): ProfessionProfile => ({
        profession_id: row.id,
        name: row.name,
        riasec_code: codeOf(state, row),
        riasec_code_id: row.riasec_code_id,
        about_description: row.about_description,
        riasec_description: row.riasec_description,
        activities: row.activities,
        hard_skills: row.hard_skills,
        soft_skills: row.soft_skills,
        tools: row.tools,
        entry_level_path: row.paths[0] ?? null,
        senior_level_path: row.paths.length > 1 ? (row.paths.at(-1) ?? null) : null,
      })),
    );
  }

  briefs(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionBrief[]> {
    return this.db.op(PORT, 'briefs', (state) =>
      selected(state, ids).map((row) => ({
        profession_id: row.id,
        name: row.name,
        riasec_code: codeOf(state, row),
      })),
    );
  }
}
