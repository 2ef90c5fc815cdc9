import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle-loader.js';
import { freshBundleEntry } from './bundle-freshness.js';
import type { StartedFrom } from './run-service.js';

type RunService = (startedFrom: StartedFrom) => Promise<void>;

/**
 * The entry `kenali serve` and `npm start` load (ADR 0035): the server bundle when it was made from the
 * current build — one file, compiled from V8's code cache, instead of ~1,200 modules — otherwise the compiled
 * modules, which start the same service. A stale bundle is never run.
 */
const bundleDir = new URL('./bundle/', import.meta.url);
const bundle = freshBundleEntry(bundleDir);
if (bundle) {
  await (loadBundle(fileURLToPath(bundle)).runService as RunService)('bundle');
} else {
  if (existsSync(bundleDir)) {
    process.stderr.write(
      'kenali: the server bundle is older than the build; starting from the compiled modules ' +
        '(`npm run build` makes a new bundle)\n',
    );
  }
  await (await import('./run-service.js')).runService('modules');
}
