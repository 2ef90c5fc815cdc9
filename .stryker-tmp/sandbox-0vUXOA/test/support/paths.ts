// @ts-nocheck
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the clone lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The upstream data folder: KENALI_UPSTREAM_DATA, else `../shared/data/upstream` next to the clone. */
export const UPSTREAM_DATA_DIR =
  process.env.KENALI_UPSTREAM_DATA ??
  fileURLToPath(new URL('../../../shared/data/upstream/', import.meta.url));

/** CI=true (as `.ci/run` exports): a missing prerequisite is a failure there, not a skip. */
export const inCi = (): boolean => process.env.CI === 'true';

/**
 * The paths of `files` inside the upstream data folder. When one is missing the test is skipped with the
 * reason printed — except in CI, where the suite must not go green by checking less, so it throws.
 */
export const upstreamFiles = (test: Mocha.Context, ...files: string[]): string[] => {
  const paths = files.map((file) => join(UPSTREAM_DATA_DIR, file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length === 0) return paths;
  const reason = `upstream data not found: ${missing.join(', ')} (set KENALI_UPSTREAM_DATA)`;
  if (inCi()) throw new Error(`${reason}; CI=true requires it`);
  console.warn(`      [skip] ${reason}`);
  test.skip();
};
