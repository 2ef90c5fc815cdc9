// @ts-nocheck
import type { Knex } from 'knex';
import { allContracts } from '../../contracts/all-contracts.js';
import { postgresHarness } from '../../contracts/harness/postgres-harness.js';
import { testDatabase } from '../../support/database.js';

// The PostgreSQL adapters against the port contracts, on the shared test database (its backend is logged once).
describe('PostgreSQL adapters', function () {
  this.timeout(60_000);
  let knex: Knex;
  before(async function () {
    this.timeout(180_000);
    knex = (await testDatabase()).knex;
  });

  allContracts('Postgres', () => postgresHarness(knex));
});
