// Loaded by tests with `node --import`: writes to $KENALI_RECORD_MODULES every module the process loaded, ES
// modules as they load (through a loader hook) and CommonJS ones (require.cache) when the process exits.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import process from 'node:process';
import { URL } from 'node:url';

const file = process.env.KENALI_RECORD_MODULES;
if (!file) throw new Error('record-modules: set KENALI_RECORD_MODULES');
register(new URL('./record-modules-hooks.mjs', import.meta.url), { data: { file } });
process.on('exit', () => {
  appendFileSync(file, `${Object.keys(createRequire(import.meta.url).cache).join('\n')}\n`);
});
