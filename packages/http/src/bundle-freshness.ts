import { readFileSync, statSync } from 'node:fs';

/**
 * What the server bundle (ADR 0035) was made from: each stamp file (relative to the bundle's folder) with the
 * modification time it had then — the packages' `.tsbuildinfo` (rewritten by every `tsc -b` that emits), npm's
 * lock of the installed tree, and the bundling script itself.
 */
export interface BundleManifest {
  readonly entry: string;
  readonly stamps: Readonly<Record<string, number>>;
}

export const MANIFEST_FILE = 'manifest.json';

const mtime = (file: URL): number | undefined => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/** The stamps as they are now; a missing file is recorded as -1, so its later appearance is a change too. */
export const currentStamps = (bundleDir: URL, stamps: readonly string[]): Record<string, number> =>
  Object.fromEntries(stamps.map((stamp) => [stamp, mtime(new URL(stamp, bundleDir)) ?? -1]));

/**
 * The bundle's entry when every stamp still has the time it had when the bundle was made, else undefined: a
 * build, an install or a change to the bundling since then means the bundle may run old code.
 */
export const freshBundleEntry = (bundleDir: URL): URL | undefined => {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(new URL(MANIFEST_FILE, bundleDir), 'utf8')) as BundleManifest;
  } catch {
    return undefined;
  }
  const entry = new URL(manifest.entry, bundleDir);
  if (mtime(entry) === undefined) return undefined;
  const now = currentStamps(bundleDir, Object.keys(manifest.stamps));
  return Object.entries(manifest.stamps).every(([stamp, then]) => now[stamp] === then) ? entry : undefined;
};
