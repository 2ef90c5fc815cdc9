// Registered in every Stryker test-runner process (after tsx): `@kenali/domain` resolves to the TypeScript
// source of the tree that imports it, so tests running in Stryker's sandbox see the sandbox's mutated source
// instead of the workspace link's dist/. The tree is found from the importer's own path, because Stryker
// starts its workers in the project folder and only then changes into the sandbox.
import { register } from 'node:module';

register('./domain-source-hooks.mjs', import.meta.url);
