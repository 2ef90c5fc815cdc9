// @ts-nocheck
import { allContracts } from '../../contracts/all-contracts.js';
import { inMemoryHarness } from '../../contracts/harness/in-memory-harness.js';

// The fakes used by the use-case unit tests, held to the same contracts as the PostgreSQL adapters.
describe('in-memory fakes', function () {
  allContracts('InMemory', inMemoryHarness);
});
