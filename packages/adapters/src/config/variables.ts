/**
 * Every environment variable kenali reads, in one place: `kenali config` prints the effective values from it
 * and `docs/configuration.md` is generated from it (`npm run docs:config`). A test fails when the decoder
 * (config.codec.ts) reads a variable that is not listed here, or the doc is stale.
 *
 * The entries live in one file per group of variables (variables-*.ts); their order here is the order of the doc.
 * To add a variable: add it to the codec, add one entry to the file of its group, run `npm run docs:config`.
 */
import { AUTH_VARIABLES } from './variables-auth.js';
import { OPERATIONS_VARIABLES } from './variables-operations.js';
import { SERVING_VARIABLES } from './variables-serving.js';
import type { Variable } from './variable.js';

export { VARIABLE_GROUPS, type Variable, type VariableGroup } from './variable.js';

export const VARIABLES: readonly Variable[] = [
  ...SERVING_VARIABLES,
  ...AUTH_VARIABLES,
  ...OPERATIONS_VARIABLES,
];
