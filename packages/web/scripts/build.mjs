// Bundles the web client into dist/: app.js (minified ESM), app.css and index.html naming both by content
// hash, so kenali can let browsers keep them for a year while index.html is always revalidated.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stdout } from 'node:process';
import { URL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

const bundled = await build({
  entryPoints: [new URL('src/main.ts', root).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  write: false,
  legalComments: 'none',
});
const js = bundled.outputFiles[0].contents;
const css = readFileSync(new URL('static/app.css', root));
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const jsName = `app.${hash(js)}.js`;
const cssName = `app.${hash(css)}.css`;
writeFileSync(new URL(jsName, dist), js);
writeFileSync(new URL(cssName, dist), css);
const html = readFileSync(new URL('static/index.html', root), 'utf8')
  .replace('%APP_JS%', jsName)
  .replace('%APP_CSS%', cssName);
writeFileSync(new URL('index.html', dist), html);
stdout.write(`web client: dist/${jsName} ${js.length} B, dist/${cssName} ${css.length} B\n`);
