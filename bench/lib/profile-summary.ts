// Summarises a V8 .cpuprofile (see cpu-profile-preload.cjs): self time per package or node module, then the
// heaviest functions, then who calls a named function (`--callers writev`).
import { readFileSync } from 'node:fs';

interface Frame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: Frame;
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

const [file, flag, target] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--callers <function>]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  self.set(id, (self.get(id) ?? 0) + dt);
});

const short = (url: string) =>
  url.replace(/.*\/(node_modules|packages)\//, '').replace(/^node:internal\//, '');
const where = (f: Frame): string => {
  if (!f.url) return `(${f.functionName || 'native'})`;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(f.url);
  if (pkg) return pkg[1];
  const ours = /packages\/([^/]+)\//.exec(f.url);
  if (ours) return `kenali/${ours[1]}`;
  return f.url.startsWith('node:') ? f.url.split('/').slice(0, 2).join('/') : f.url;
};
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const print = (m: Map<string, number>, limit: number) => {
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(
      `${(v / 1000).toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`,
    );
};

if (flag === '--callers' && target) {
  const stacks = new Map<string, number>();
  for (const [id, t] of self) {
    if (byId.get(id)?.callFrame.functionName !== target) continue;
    const chain: string[] = [];
    for (let at = parent.get(id); at !== undefined && chain.length < 10; at = parent.get(at)) {
      const f = (byId.get(at) as ProfileNode).callFrame;
      chain.push(`${f.functionName || '(anonymous)'}@${short(f.url)}:${f.lineNumber}`);
    }
    add(stacks, chain.join(' < '), t);
  }
  print(stacks, 8);
} else {
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, t] of self) {
    const f = (byId.get(id) as ProfileNode).callFrame;
    add(packages, where(f), t);
    add(functions, `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber}`, t);
  }
  console.log(`sampled ${(total / 1000).toFixed(0)} ms`);
  print(packages, 25);
  console.log('--- functions');
  print(functions, 30);
}
