import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import {
  MANIFEST_FILE,
  currentStamps,
  freshBundleEntry,
} from '../../../packages/http/src/bundle-freshness.js';

/** ADR 0035: `kenali serve` runs the bundle only while it matches the build it was made from. */
describe('server bundle freshness', () => {
  let dir: string;
  let bundleDir: URL;
  const stamps = ['../build/.tsbuildinfo', '../lock.json'];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kenali-bundle-'));
    bundleDir = pathToFileURL(join(dir, 'bundle/'));
    await Promise.all([mkdir(join(dir, 'bundle')), mkdir(join(dir, 'build'))]);
    await writeFile(join(dir, 'build/.tsbuildinfo'), '{}');
    await writeFile(join(dir, 'lock.json'), '{}');
    await writeFile(join(dir, 'bundle/server.cjs'), '');
    const manifest = { entry: 'server.cjs', stamps: currentStamps(bundleDir, stamps) };
    await writeFile(join(dir, 'bundle', MANIFEST_FILE), JSON.stringify(manifest));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('unchanged stamps: the bundle entry', () => {
    expect(freshBundleEntry(bundleDir)?.href).to.equal(new URL('server.cjs', bundleDir).href);
  });

  it('a rebuild since (a stamp with another time): none', async () => {
    const later = new Date(Date.now() + 5_000);
    await utimes(join(dir, 'build/.tsbuildinfo'), later, later);
    expect(freshBundleEntry(bundleDir)).to.equal(undefined);
  });

  it('a stamp file removed since: none', async () => {
    await rm(join(dir, 'lock.json'));
    expect(freshBundleEntry(bundleDir)).to.equal(undefined);
  });

  it('no manifest (a bundle being written, or none) or no entry file: none', async () => {
    await rm(join(dir, 'bundle/server.cjs'));
    expect(freshBundleEntry(bundleDir)).to.equal(undefined);
    await rm(join(dir, 'bundle', MANIFEST_FILE));
    expect(freshBundleEntry(bundleDir)).to.equal(undefined);
  });
});
