import { fileURLToPath } from 'node:url';

/** The repository root, wherever the clone lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `../shared/data/upstream` next to the clone (KENALI_UPSTREAM_DATA overrides it). */
export const UPSTREAM_DATA_DIR =
  process.env.KENALI_UPSTREAM_DATA ??
  fileURLToPath(new URL('../../../shared/data/upstream/', import.meta.url));
