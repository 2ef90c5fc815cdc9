import { expect } from 'chai';
import { type ScratchDatabase, createScratchDatabase } from '../support/database.js';
import { upstreamFiles } from '../support/paths.js';
import { runCli } from '../support/rescore-fixtures.js';
import { type UpstreamSchema, loadUpstreamSchema } from '../support/upstream-schema.js';

/**
 * Issue 15, item 7: `kenali user create` fills every column the Go `users` table has — its timestamps have no
 * default there, and the Go admin lists and sorts users by them. Nullable columns that describe something
 * the user does not have (no picture, not deleted) are the only ones left NULL.
 */
const LEFT_NULL = new Set(['profile_image_url', 'deleted_at']);

const variants: readonly { name: string; schema: UpstreamSchema | undefined }[] = [
  { name: 'a fresh standalone database', schema: undefined },
  { name: 'the Go production schema', schema: 'go' },
  { name: "upstream's Alembic schema", schema: 'alembic' },
];

describe('kenali user create fills the Go users row (issue 15)', function () {
  this.timeout(120_000);

  for (const variant of variants) {
    it(`on ${variant.name}`, async function () {
      if (variant.schema) upstreamFiles(this, 'schema-go-production.sql', 'schema-alembic-head.sql');
      const scratch: ScratchDatabase = await createScratchDatabase();
      try {
        if (variant.schema) await loadUpstreamSchema(scratch.url, variant.schema);
        const up = await runCli(scratch.url, ['migrate', 'up']);
        expect(up.code, up.stderr).to.equal(0);
        const created = await runCli(scratch.url, [
          'user',
          'create',
          '--tokens',
          '4',
          '--name',
          'Budi Santoso',
        ]);
        expect(created.code, created.stderr).to.equal(0);
        const id = created.stdout.trim();

        const columns: string[] = await scratch
          .knex('information_schema.columns')
          .where({ table_schema: scratch.knex.raw('current_schema()'), table_name: 'users' })
          .orderBy('ordinal_position')
          .pluck('column_name');
        expect(columns).to.include.members(['created_at', 'updated_at']);
        const row = (await scratch.knex('users').where({ id }).first()) as Record<string, unknown>;
        const missing = columns.filter((c) => !LEFT_NULL.has(c) && (row[c] === null || row[c] === undefined));
        expect(missing, 'columns left NULL').to.deep.equal([]);
        expect(row).to.include({ fullname: 'Budi Santoso', role: 'USER', is_verified: false });
        expect(row.deleted_at).to.equal(null);
        expect(row.created_at).to.be.an.instanceOf(Date);
        expect((row.updated_at as Date).getTime()).to.equal((row.created_at as Date).getTime());
        const wallet = await scratch.knex('token_wallet').where({ user_id: id }).first('balance');
        expect(wallet).to.deep.equal({ balance: 4 });
      } finally {
        await scratch.drop();
      }
    });
  }
});
