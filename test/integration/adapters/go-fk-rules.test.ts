import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { planMigrations } from '../../../packages/adapters/src/postgres/adoption/migration-plan.js';
import { migrateDown, migrateLatest } from '../../../packages/adapters/src/postgres/migrator.js';
import { type ScratchDatabase, createScratchDatabase } from '../../support/database.js';
import { upstreamFiles } from '../../support/paths.js';
import { type UpstreamSchema, loadUpstreamSchema } from '../../support/upstream-schema.js';

/**
 * Issue 15, item 7: every foreign key kenali adds onto a table the Go backend owns behaves as the Go
 * backend's own keys do (pg_constraint's confdeltype/confupdtype), so kenali never refuses a delete or an id
 * change the Go admin may make — on a standalone database and on adopted upstream databases.
 */

/** Tables the Go backend owns (decisions §3). */
const GO_OWNED = new Set([
  'users',
  'token_wallet',
  'token_ledger',
  'kenalidiri_categories',
  'riasec_codes',
  'user_career_profile',
  'profession_main_categories',
  'profession_sub_categories',
  'professions',
  'skills',
  'tools',
  'study_programs',
]);

interface Rules {
  readonly del: string;
  readonly upd: string;
}
const ACTIONS: Record<string, string> = { CASCADE: 'c', RESTRICT: 'r', 'SET NULL': 'n', 'NO ACTION': 'a' };

/**
 * The profession catalogue is absent from the production dump; its Go design (upstream §1.17) names RESTRICT
 * for the category and RIASEC-code keys and CASCADE for a profession's own rows, and no update rule. Keys the
 * design leaves open keep kenali's choice: CASCADE for a profession's pivot rows, RESTRICT onto the lookups.
 */
const CATALOGUE_DESIGN: Record<string, Rules> = {
  'profession_activities.profession_id': { del: 'c', upd: 'a' },
  'profession_market_insights.profession_id': { del: 'c', upd: 'a' },
  'profession_career_paths.profession_id': { del: 'c', upd: 'a' },
  'profession_skill_rels.profession_id': { del: 'c', upd: 'a' },
  'profession_tool_rels.profession_id': { del: 'c', upd: 'a' },
  'profession_study_program_rels.profession_id': { del: 'c', upd: 'a' },
  'profession_sub_categories.main_category_id': { del: 'r', upd: 'a' },
  'professions.main_category_id': { del: 'r', upd: 'a' },
  'professions.sub_category_id': { del: 'r', upd: 'a' },
  'professions.riasec_code_id': { del: 'r', upd: 'a' },
  'profession_skill_rels.skill_id': { del: 'r', upd: 'a' },
  'profession_tool_rels.tool_id': { del: 'r', upd: 'a' },
  'profession_study_program_rels.study_program_id': { del: 'r', upd: 'a' },
};

interface GoSchemaRules {
  /** `table.column` → rules, for every key of the production dump. */
  readonly byColumn: Map<string, Rules>;
  /** referenced table → the rules of every key onto it. */
  readonly byReferenced: Map<string, Rules[]>;
  readonly all: Rules[];
}

/** Reads the keys of `schema-go-production.sql` (`ALTER TABLE ONLY public.t` then `ADD CONSTRAINT … FOREIGN KEY`). */
const goSchemaRules = async (path: string): Promise<GoSchemaRules> => {
  const sql = await readFile(path, 'utf8');
  const pattern =
    /ALTER TABLE ONLY public\.(\w+)\s+ADD CONSTRAINT \w+ FOREIGN KEY \((\w+)\) REFERENCES public\.(\w+)\(id\)((?: ON (?:UPDATE|DELETE) (?:CASCADE|RESTRICT|SET NULL|NO ACTION))*);/g;
  const byColumn = new Map<string, Rules>();
  const byReferenced = new Map<string, Rules[]>();
  const all: Rules[] = [];
  for (const [, table, column, referenced, clauses] of sql.matchAll(pattern)) {
    const action = (verb: string) =>
      ACTIONS[
        new RegExp(`ON ${verb} (CASCADE|RESTRICT|SET NULL|NO ACTION)`).exec(clauses)?.[1] ?? 'NO ACTION'
      ];
    const rules = { del: action('DELETE'), upd: action('UPDATE') };
    byColumn.set(`${table}.${column}`, rules);
    byReferenced.set(referenced, [...(byReferenced.get(referenced) ?? []), rules]);
    all.push(rules);
  }
  return { byColumn, byReferenced, all };
};

/** The Go rule for a key `table.column → referenced`, from the production schema or the catalogue design. */
const goRuleFor = (go: GoSchemaRules, fk: ForeignKey): Rules => {
  const sameColumn = go.byColumn.get(`${fk.table}.${fk.column}`);
  if (sameColumn) return sameColumn;
  const designed = CATALOGUE_DESIGN[`${fk.table}.${fk.column}`];
  if (designed) return designed;
  const onto = go.byReferenced.get(fk.referenced);
  if (onto) return onto[0];
  // A Go table the dump lacks (token_wallet): the one convention every key of the dump follows.
  return go.all[0];
};

interface ForeignKey {
  readonly name: string;
  readonly table: string;
  readonly column: string;
  readonly referenced: string;
  readonly del: string;
  readonly upd: string;
}

const foreignKeys = async (knex: Knex): Promise<ForeignKey[]> => {
  const { rows } = await knex.raw<{ rows: ForeignKey[] }>(
    `select c.conname as name, t.relname as table, a.attname as column, r.relname as referenced,
            c.confdeltype as del, c.confupdtype as upd
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid
       join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
       join pg_class r on r.oid = c.confrelid
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f'
      order by 2, 3`,
  );
  return rows;
};

const ontoGoOwned = (fks: readonly ForeignKey[]) => fks.filter((fk) => GO_OWNED.has(fk.referenced));

const expectGoRules = (go: GoSchemaRules, added: readonly ForeignKey[]) => {
  const actual = added.map((fk) => `${fk.table}.${fk.column} -> ${fk.referenced} ${fk.del}/${fk.upd}`);
  const wanted = added.map((fk) => {
    const rule = goRuleFor(go, fk);
    return `${fk.table}.${fk.column} -> ${fk.referenced} ${rule.del}/${rule.upd}`;
  });
  expect(actual).to.deep.equal(wanted);
};

describe('foreign keys kenali adds onto Go-owned tables follow the Go rules (issue 15)', function () {
  this.timeout(120_000);
  let go: GoSchemaRules;

  before(async function () {
    const [path] = upstreamFiles(this, 'schema-go-production.sql');
    go = await goSchemaRules(path);
    // What "the Go rules" are: the dump declares every key alike, ON UPDATE CASCADE ON DELETE CASCADE.
    expect(go.all).to.have.length(12);
    expect(new Set(go.all.map((r) => `${r.del}/${r.upd}`))).to.deep.equal(new Set(['c/c']));
  });

  describe('on a fresh standalone database', function () {
    let scratch: ScratchDatabase;
    before(async function () {
      scratch = await createScratchDatabase();
      await migrateLatest(scratch.knex);
    });
    after(async function () {
      await scratch?.drop();
    });

    it('gives every such key the Go rules', async function () {
      const added = ontoGoOwned(await foreignKeys(scratch.knex));
      expect(added.map((fk) => `${fk.table}.${fk.column}`)).to.include.members([
        'careerprofile_test_sessions.user_id',
        'kenalidiri_history.user_id',
        'kenalidiri_history.test_category_id',
        'riasec_results.riasec_code_id',
        'token_wallet.user_id',
        'token_ledger.wallet_id',
        'user_career_profile.user_id',
      ]);
      expectGoRules(go, added);
    });

    it('lets the Go admin delete a category and a RIASEC code in use, as the Go schema does', async function () {
      const { knex } = scratch;
      const [category] = await knex('kenalidiri_categories')
        .insert({ category_code: 'FK_PROBE', category_name: 'x', detail_table_name: 'x' })
        .returning<{ id: number }[]>('id');
      const [code] = await knex('riasec_codes')
        .insert({ riasec_code: 'RIC', riasec_title: 'x' })
        .returning<{ id: number }[]>('id');
      const [user] = await knex('users')
        .insert({ fullname: 'x', email: 'fk-probe@example.test', password: 'x', phone_number: '-' })
        .returning<{ id: string }[]>('id');
      const [session] = await knex('careerprofile_test_sessions')
        .insert({
          user_id: user.id,
          session_token: 'fk-probe',
          persona_type: 'PATHFINDER',
          test_goal: 'RECOMMENDATION',
          uses_ikigai: true,
        })
        .returning<{ id: number }[]>('id');
      await knex('kenalidiri_history').insert({
        user_id: user.id,
        test_category_id: category.id,
        detail_session_id: session.id,
        status: 'ongoing',
      });
      const scores = { score_r: 12, score_i: 12, score_a: 12, score_s: 12, score_e: 12, score_c: 12 };
      await knex('riasec_results').insert({
        test_session_id: session.id,
        ...scores,
        riasec_code_id: code.id,
        riasec_code_type: 'triple',
      });
      await knex('kenalidiri_categories').where({ id: category.id }).delete();
      await knex('riasec_codes').where({ id: code.id }).delete();
      expect(await knex('kenalidiri_history').where({ detail_session_id: session.id })).to.deep.equal([]);
      expect(await knex('riasec_results').where({ test_session_id: session.id })).to.deep.equal([]);
    });

    it('plans the change where migrations 1–12 had left other rules, and rolls it back', async function () {
      const { knex } = scratch;
      await migrateDown(knex);
      const before = ontoGoOwned(await foreignKeys(knex));
      const history = before.find(
        (fk) => fk.table === 'kenalidiri_history' && fk.column === 'test_category_id',
      );
      expect(history).to.include({ del: 'r', upd: 'a' });
      const plan = await planMigrations(knex);
      expect(plan.pending).to.deep.equal(['20261206000013_go_fk_rules']);
      expect(plan.lines).to.include(
        'align  foreign key kenalidiri_history.test_category_id -> kenalidiri_categories: ON DELETE CASCADE ' +
          'ON UPDATE CASCADE as the Go schema has it (was ON DELETE RESTRICT ON UPDATE NO ACTION; the key is ' +
          "kenali's own, on a table kenali created)",
      );
      expect(plan.lines.filter((l) => l.startsWith('align '))).to.have.length(6);
      await migrateLatest(knex);
      const after = ontoGoOwned(await foreignKeys(knex));
      expectGoRules(go, after);
      // The same constraint names as before: readers that name them keep working.
      expect(after.map((fk) => fk.name)).to.deep.equal(before.map((fk) => fk.name));
    });
  });

  for (const schema of ['go', 'alembic'] as readonly UpstreamSchema[]) {
    describe(`on a database adopted from the ${schema === 'go' ? 'Go production' : 'Alembic'} schema`, function () {
      let scratch: ScratchDatabase;
      let original: ForeignKey[];
      before(async function () {
        scratch = await createScratchDatabase();
        await loadUpstreamSchema(scratch.url, schema);
        original = await foreignKeys(scratch.knex);
        await migrateLatest(scratch.knex);
      });
      after(async function () {
        await scratch?.drop();
      });

      it('leaves the keys that were there exactly as they were', async function () {
        const now = new Map((await foreignKeys(scratch.knex)).map((fk) => [`${fk.table}.${fk.name}`, fk]));
        for (const fk of original) expect(now.get(`${fk.table}.${fk.name}`), fk.name).to.deep.equal(fk);
      });

      it('gives the Go rules to every key it added onto a Go-owned table', async function () {
        const existed = new Set(original.map((fk) => `${fk.table}.${fk.name}`));
        const added = ontoGoOwned(await foreignKeys(scratch.knex)).filter(
          (fk) => !existed.has(`${fk.table}.${fk.name}`),
        );
        // The token tables and the active-profile pointer are missing from both schemas: kenali adds them.
        expect(added.map((fk) => `${fk.table}.${fk.column}`)).to.include.members([
          'token_wallet.user_id',
          'token_ledger.wallet_id',
          'user_career_profile.user_id',
          'professions.riasec_code_id',
        ]);
        expectGoRules(go, added);
      });

      it('plans nothing more once migrated', async function () {
        expect((await planMigrations(scratch.knex)).pending).to.deep.equal([]);
      });
    });
  }
});
