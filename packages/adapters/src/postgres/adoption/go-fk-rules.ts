import type { Knex } from 'knex';
import { ADOPTED_TABLE, OWNERSHIP_TABLE } from '../migrations/schema-helpers.js';

/**
 * Foreign keys that kenali itself creates onto a table the Go backend owns (`users`, `kenalidiri_categories`,
 * `riasec_codes`, `token_wallet`) must behave as the Go backend's own keys do, or the Go admin finds a delete
 * refused (or an id change blocked) that the production schema allows (issue 15, ADR 0015). The production
 * schema (`schema-go-production.sql`) declares every key `ON UPDATE CASCADE ON DELETE CASCADE`, including
 * the very columns below where it has them; migrations 1–4 had created some with RESTRICT or without the
 * update rule. Only keys on tables kenali created are touched: a key on a table the Go side or upstream
 * created (adopted) keeps whatever rules it has.
 */
export type FkAction = 'CASCADE' | 'RESTRICT' | 'NO ACTION' | 'SET NULL' | 'SET DEFAULT';

export interface GoFkRule {
  readonly table: string;
  readonly column: string;
  readonly references: string;
  /** `go` = a table the Go backend owns (kenali_owned_tables), `career` = a career table (kenali_adopted_tables). */
  readonly owner: 'go' | 'career';
  readonly rules: { readonly onDelete: FkAction; readonly onUpdate: FkAction };
  /** What migrations 1–4 created, restored by `down`. */
  readonly previous: { readonly onDelete: FkAction; readonly onUpdate: FkAction };
}

const GO = { onDelete: 'CASCADE', onUpdate: 'CASCADE' } as const;

export const GO_FK_RULES: readonly GoFkRule[] = [
  {
    table: 'token_wallet',
    column: 'user_id',
    references: 'users',
    owner: 'go',
    rules: GO,
    previous: { onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
  },
  {
    table: 'token_ledger',
    column: 'wallet_id',
    references: 'token_wallet',
    owner: 'go',
    rules: GO,
    previous: { onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
  },
  {
    table: 'user_career_profile',
    column: 'user_id',
    references: 'users',
    owner: 'go',
    rules: GO,
    previous: { onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
  },
  {
    table: 'kenalidiri_history',
    column: 'user_id',
    references: 'users',
    owner: 'career',
    rules: GO,
    previous: { onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
  },
  {
    table: 'kenalidiri_history',
    column: 'test_category_id',
    references: 'kenalidiri_categories',
    owner: 'career',
    rules: GO,
    previous: { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
  },
  {
    table: 'riasec_results',
    column: 'riasec_code_id',
    references: 'riasec_codes',
    owner: 'career',
    rules: GO,
    previous: { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
  },
];

/** pg_constraint's one-letter codes (confdeltype / confupdtype). */
export const FK_ACTION_CODES: Readonly<Record<string, FkAction>> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

export interface ForeignKeyState {
  readonly name: string;
  readonly onDelete: FkAction;
  readonly onUpdate: FkAction;
}

/** The single-column foreign key `table.column → references(id)`, as the catalogue has it now. */
export const readForeignKey = async (
  knex: Knex,
  rule: Pick<GoFkRule, 'table' | 'column' | 'references'>,
): Promise<ForeignKeyState | undefined> => {
  const { rows } = await knex.raw<{ rows: { conname: string; del: string; upd: string }[] }>(
    `select c.conname, c.confdeltype as del, c.confupdtype as upd
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid
       join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
       join pg_class r on r.oid = c.confrelid
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and array_length(c.conkey, 1) = 1
        and t.relname = ? and r.relname = ? and a.attname = ?`,
    [rule.table, rule.references, rule.column],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return { name: row.conname, onDelete: FK_ACTION_CODES[row.del], onUpdate: FK_ACTION_CODES[row.upd] };
};

const hasRow = async (knex: Knex, registry: string, table: string): Promise<boolean> => {
  if (!(await knex.schema.hasTable(registry))) return false;
  return (await knex(registry).where({ table_name: table }).first('table_name')) !== undefined;
};

/** Whether kenali created `rule.table` (so the key on it is kenali's to define). */
const createdByKenali = async (knex: Knex, rule: GoFkRule): Promise<boolean> => {
  if (!(await knex.schema.hasTable(rule.table))) return false;
  return rule.owner === 'go'
    ? hasRow(knex, OWNERSHIP_TABLE, rule.table)
    : !(await hasRow(knex, ADOPTED_TABLE, rule.table));
};

export interface FkRealignment {
  readonly rule: GoFkRule;
  readonly current: ForeignKeyState;
}

/** The keys kenali created whose rules differ from the Go backend's; changes nothing. */
export const planGoFkRules = async (knex: Knex): Promise<FkRealignment[]> => {
  const out: FkRealignment[] = [];
  for (const rule of GO_FK_RULES) {
    if (!(await createdByKenali(knex, rule))) continue;
    const current = await readForeignKey(knex, rule);
    if (current === undefined) continue;
    if (current.onDelete === rule.rules.onDelete && current.onUpdate === rule.rules.onUpdate) continue;
    out.push({ rule, current });
  }
  return out;
};

const rulesText = (r: GoFkRule['rules']): string => `ON DELETE ${r.onDelete} ON UPDATE ${r.onUpdate}`;

/** One line of `kenali migrate plan`. */
export const describeRealignment = ({ rule, current }: FkRealignment): string =>
  `align  foreign key ${rule.table}.${rule.column} -> ${rule.references}: ${rulesText(rule.rules)} ` +
  `as the Go schema has it (was ${rulesText(current)}; the key is kenali's own, on a table kenali created)`;

/** Drops and re-adds the key under the same name, in one statement, with the given rules. */
const redefine = (knex: Knex, rule: GoFkRule, name: string, rules: GoFkRule['rules']) =>
  knex.raw(
    `alter table ?? drop constraint ??, add constraint ?? foreign key (??) references ?? (id) ${rulesText(rules)}`,
    [rule.table, name, name, rule.column, rule.references],
  );

export const applyGoFkRules = async (knex: Knex): Promise<void> => {
  for (const { rule, current } of await planGoFkRules(knex)) {
    await redefine(knex, rule, current.name, rule.rules);
  }
};

/** The rollback: the rules migrations 1–4 gave these keys, again only on tables kenali created. */
export const revertGoFkRules = async (knex: Knex): Promise<void> => {
  for (const rule of GO_FK_RULES) {
    if (!(await createdByKenali(knex, rule))) continue;
    const current = await readForeignKey(knex, rule);
    if (current === undefined) continue;
    if (current.onDelete === rule.rules.onDelete && current.onUpdate === rule.rules.onUpdate)
      await redefine(knex, rule, current.name, rule.previous);
  }
};
