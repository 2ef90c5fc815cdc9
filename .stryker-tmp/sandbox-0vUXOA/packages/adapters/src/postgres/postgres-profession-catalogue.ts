// @ts-nocheck
import {
  type CatalogueProfession,
  type PortError,
  type ProfessionCatalogue,
  type ProfessionId,
  type ProfessionBrief,
  type ProfessionProfile,
  type RiasecCodeRecord,
  ProfessionId as toProfessionId,
  RiasecCodeId,
} from '@kenali/domain';
import * as A from 'fp-ts/lib/Array.js';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeRow } from './attempt.js';
import { Nullable, StringArray } from './row-codecs.js';
import { loadProfileDetails } from './profession-details.js';

const PORT = 'catalogue';

const CodeRow = t.type({
  id: t.number,
  riasec_code: t.string,
  riasec_title: t.string,
  riasec_description: Nullable(t.string),
  strengths: Nullable(StringArray),
  challenges: Nullable(StringArray),
  strategies: Nullable(StringArray),
  work_environments: Nullable(StringArray),
  interaction_styles: Nullable(StringArray),
});

const toCodeRecord = (r: t.TypeOf<typeof CodeRow>): RiasecCodeRecord => ({
  id: RiasecCodeId(r.id),
  riasec_code: r.riasec_code,
  riasec_title: r.riasec_title,
  riasec_description: r.riasec_description ?? '',
  strengths: r.strengths ?? [],
  challenges: r.challenges ?? [],
  strategies: r.strategies ?? [],
  work_environments: r.work_environments ?? [],
  interaction_styles: r.interaction_styles ?? [],
});

const ClassifiedRow = t.type({ id: t.number, riasec_code_id: t.number, riasec_code: t.string });
const ProfessionRow = t.type({
  id: t.number,
  name: t.string,
  riasec_code_id: Nullable(t.number),
  riasec_code: Nullable(t.string),
  about_description: Nullable(t.string),
  riasec_description: Nullable(t.string),
});

const BriefRow = t.type({ id: t.number, name: t.string, riasec_code: Nullable(t.string) });

const decodeAll =
  <A>(codec: t.Decoder<unknown, A>) =>
  (rows: unknown[]) =>
    pipe(rows, A.traverse(E.Applicative)(decodeRow(PORT, codec)));

/** Reads the Go-owned catalogue; professions without a RIASEC code never match (upstream §1.17). */
export class PostgresProfessionCatalogue implements ProfessionCatalogue {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  professionsByCode(): TE.TaskEither<PortError, ReadonlyMap<string, readonly CatalogueProfession[]>> {
    return pipe(
      attempt(PORT, () =>
        this.db('professions as p')
          .join('riasec_codes as c', 'c.id', 'p.riasec_code_id')
          .select('p.id', 'p.riasec_code_id', 'c.riasec_code')
          .orderBy('p.id'),
      ),
      TE.chainEitherK(decodeAll(ClassifiedRow)),
      TE.map((rows) => {
        const byCode = new Map<string, CatalogueProfession[]>();
        for (const row of rows) {
          const list = byCode.get(row.riasec_code) ?? [];
          list.push({
            profession_id: toProfessionId(row.id),
            riasec_code_id: RiasecCodeId(row.riasec_code_id),
          });
          byCode.set(row.riasec_code, list);
        }
        return byCode;
      }),
    );
  }

  codes(): TE.TaskEither<PortError, ReadonlyMap<string, RiasecCodeRecord>> {
    return pipe(
      attempt(PORT, () => this.db('riasec_codes').select(Object.keys(CodeRow.props))),
      TE.chainEitherK(decodeAll(CodeRow)),
      TE.map((rows) => new Map(rows.map((r) => [r.riasec_code, toCodeRecord(r)]))),
    );
  }

  codeById(id: RiasecCodeId): TE.TaskEither<PortError, RiasecCodeRecord | undefined> {
    return pipe(
      attempt(PORT, () => this.db('riasec_codes').select(Object.keys(CodeRow.props)).where({ id }).first()),
      TE.chainEitherK((row: unknown) =>
        row === undefined ? E.right(undefined) : pipe(decodeRow(PORT, CodeRow)(row), E.map(toCodeRecord)),
      ),
    );
  }

  briefs(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionBrief[]> {
    if (ids.length === 0) return TE.right([]);
    return pipe(
      attempt(PORT, () =>
        this.db('professions as p')
          .leftJoin('riasec_codes as c', 'c.id', 'p.riasec_code_id')
          .select('p.id', 'p.name', 'c.riasec_code')
          .whereIn('p.id', ids),
      ),
      TE.chainEitherK(decodeAll(BriefRow)),
      TE.map((rows) =>
        rows.map((r) => ({ profession_id: toProfessionId(r.id), name: r.name, riasec_code: r.riasec_code })),
      ),
    );
  }

  profiles(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionProfile[]> {
    if (ids.length === 0) return TE.right([]);
    return pipe(
      attempt(PORT, () =>
        this.db('professions as p')
          .leftJoin('riasec_codes as c', 'c.id', 'p.riasec_code_id')
          .select(
            'p.id',
            'p.name',
            'p.riasec_code_id',
            'c.riasec_code',
            'p.about_description',
            'p.riasec_description',
          )
          .whereIn('p.id', ids),
      ),
      TE.chainEitherK(decodeAll(ProfessionRow)),
      TE.chain((rows) =>
        pipe(
          attempt(PORT, () =>
            loadProfileDetails(
              this.db,
              rows.map((r) => r.id),
            ),
          ),
          TE.map((details) =>
            rows.map((r): ProfessionProfile => {
              const d = details.get(r.id);
              return {
                profession_id: toProfessionId(r.id),
                name: r.name,
                riasec_code: r.riasec_code,
                riasec_code_id: r.riasec_code_id === null ? null : RiasecCodeId(r.riasec_code_id),
                about_description: r.about_description ?? '',
                riasec_description: r.riasec_description ?? '',
                activities: d?.activities ?? [],
                hard_skills: d?.hard_skills ?? [],
                soft_skills: d?.soft_skills ?? [],
                tools: d?.tools ?? [],
                entry_level_path: d?.paths[0] ?? null,
                senior_level_path: d && d.paths.length > 1 ? (d.paths.at(-1) ?? null) : null,
              };
            }),
          ),
        ),
      ),
    );
  }
}
