// @ts-nocheck
// Mutation testing: `@kenali/domain` resolves to the TypeScript source next to this file (run by tsx) instead
// of the built dist/. Stryker mutates the source in its sandbox; without this the tests would import the
// unmutated build through node_modules' workspace link, and no mutant could ever be killed.
import { register } from 'node:module';

register('./domain-from-source-hooks.mjs', import.meta.url);
