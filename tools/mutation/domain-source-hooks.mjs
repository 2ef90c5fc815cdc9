import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = join('packages', 'domain', 'src', 'index.ts');
const roots = new Map();

const treeOf = (file) => {
  let dir = dirname(file);
  const seen = [];
  while (!roots.has(dir)) {
    seen.push(dir);
    if (existsSync(join(dir, ENTRY))) {
      roots.set(dir, dir);
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      roots.set(dir, undefined);
      break;
    }
    dir = parent;
  }
  const root = roots.get(dir);
  for (const d of seen) roots.set(d, root);
  return root;
};

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@kenali/domain' && context.parentURL?.startsWith('file:')) {
    const root = treeOf(fileURLToPath(context.parentURL));
    if (root) return nextResolve(pathToFileURL(join(root, ENTRY)).href, context);
  }
  return nextResolve(specifier, context);
}
