import type { Knex } from 'knex';

/** What the catalogue says about the tables of the current schema: enough to plan an adoption. */
export interface SchemaCatalogue {
  /** table → column → nullable */
  readonly columns: ReadonlyMap<string, ReadonlyMap<string, { readonly nullable: boolean }>>;
  /** table → the first column of each of its indexes */
  readonly indexedFirstColumns: ReadonlyMap<string, ReadonlySet<string>>;
}

export const readCatalogue = async (knex: Knex): Promise<SchemaCatalogue> => {
  const { rows: columnRows } = await knex.raw<{
    rows: { table_name: string; column_name: string; is_nullable: string }[];
  }>(
    `select table_name, column_name, is_nullable from information_schema.columns
      where table_schema = current_schema() order by table_name, ordinal_position`,
  );
  const columns = new Map<string, Map<string, { nullable: boolean }>>();
  for (const row of columnRows) {
    const table = columns.get(row.table_name) ?? new Map<string, { nullable: boolean }>();
    table.set(row.column_name, { nullable: row.is_nullable === 'YES' });
    columns.set(row.table_name, table);
  }
  const { rows: indexRows } = await knex.raw<{ rows: { table_name: string; column_name: string }[] }>(
    `select t.relname as table_name, a.attname as column_name
       from pg_index i
       join pg_class t on t.oid = i.indrelid
       join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
       join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]`,
  );
  const indexedFirstColumns = new Map<string, Set<string>>();
  for (const row of indexRows) {
    const set = indexedFirstColumns.get(row.table_name) ?? new Set<string>();
    set.add(row.column_name);
    indexedFirstColumns.set(row.table_name, set);
  }
  return { columns, indexedFirstColumns };
};

/** The first of `names` the table has, if any. */
export const firstPresent = (
  catalogue: SchemaCatalogue,
  table: string,
  names: readonly string[],
): string | undefined => {
  const columns = catalogue.columns.get(table);
  return columns ? names.find((name) => columns.has(name)) : undefined;
};
