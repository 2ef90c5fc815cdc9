import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  VARIABLES,
  decodeConfig,
  effectiveConfig,
  loadConfig,
  renderConfigurationDoc,
  servingSafety,
} from '@kenali/adapters';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { EnvCodec } from '../../../packages/adapters/src/config/config.codec.js';
import { REPO_ROOT } from '../../support/paths.js';

const DOC = join(REPO_ROOT, 'docs', 'configuration.md');
const SERVER = { DATABASE_URL: 'postgres://kenali:pw@db.internal:5432/kenali' };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'dist' || name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });

const decoded = (env: Record<string, string>) => {
  const result = loadConfig(env);
  if (E.isLeft(result)) throw new Error(result.left);
  return result.right;
};

describe('configuration: every variable documented, defaults true, safety rules', () => {
  const registered = new Set(VARIABLES.map((variable) => variable.name));

  it('lists every variable the decoder reads in the registry, and nothing it does not read', () => {
    const read = Object.keys(EnvCodec.props);
    expect(
      read.filter((name) => !registered.has(name)),
      'read but not in variables.ts',
    ).to.deep.equal([]);
    expect(
      [...registered].filter((name) => !read.includes(name)),
      'documented but never read',
    ).to.deep.equal([]);
    expect(registered.size, 'a variable listed twice').to.equal(VARIABLES.length);
  });

  it('lists every variable a package reads from process.env directly', () => {
    const direct = new Set<string>();
    for (const file of sourceFiles(join(REPO_ROOT, 'packages'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/process\.env(?:\.|\[')([A-Z][A-Z0-9_]+)/g)) {
        if (match[1]) direct.add(match[1]);
      }
    }
    expect([...direct].filter((name) => !registered.has(name))).to.deep.equal([]);
  });

  it('docs/configuration.md is the registry rendered (run `npm run docs:config` after a change)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).to.equal(renderConfigurationDoc());
    for (const variable of VARIABLES) expect(doc).to.include(`| \`${variable.name}\` |`);
  });

  it('states each literal default truly: setting a variable to its documented default changes nothing', () => {
    const base = decoded(SERVER);
    const literal = VARIABLES.filter((variable) => /^[a-z0-9.]+$/.test(variable.default));
    expect(literal.length).to.be.above(20);
    for (const variable of literal) {
      const env: Record<string, string> = { ...SERVER, [variable.name]: variable.default };
      expect(decoded(env), `${variable.name}=${variable.default}`).to.deep.equal(base);
    }
  });

  it('listens on loopback without DATABASE_URL (standalone) and on every interface with one', () => {
    expect(decoded({}).host).to.equal('127.0.0.1');
    expect(decoded(SERVER).host).to.equal('0.0.0.0');
    expect(decoded({ ...SERVER, HOST: '10.0.0.5' }).host).to.equal('10.0.0.5');
  });

  it('refuses gateway mode without a secret off loopback, unless the operator opts in by name', () => {
    const open = servingSafety(decoded(SERVER));
    expect(open.refusals).to.have.length(1);
    expect(open.refusals[0])
      .to.include('GATEWAY_SHARED_SECRET')
      .and.include('AUTH_GATEWAY_TRUST_UNAUTHENTICATED');
    expect(servingSafety(decoded({ ...SERVER, GATEWAY_SHARED_SECRET: 's3cret' })).refusals).to.deep.equal([]);
    expect(servingSafety(decoded({ ...SERVER, HOST: '127.0.0.1' })).refusals).to.deep.equal([]);
    expect(servingSafety(decoded({ ...SERVER, AUTH_MODE: 'jwt', JWT_SECRET: 'k' })).refusals).to.deep.equal(
      [],
    );
    const trusted = servingSafety(decoded({ ...SERVER, AUTH_GATEWAY_TRUST_UNAUTHENTICATED: 'true' }));
    expect(trusted.refusals).to.deep.equal([]);
    expect(trusted.warnings.join('\n')).to.include('act as any user');
  });

  it('reports every problem at once, secrets never shown', () => {
    const problems = decodeConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://u:pw@x/db' });
    expect(E.isLeft(problems) && problems.left).to.have.length(3);
    expect(JSON.stringify(problems)).not.to.include('pw@');
    const effective = effectiveConfig({ AUTH_MODE: 'jwt', AI_PROVIDER: 'gemini' });
    expect(effective.problems).to.deep.equal([
      'AUTH_MODE=jwt needs JWT_SECRET or JWT_JWKS_URL',
      'AI_PROVIDER=gemini needs GEMINI_API_KEY',
    ]);
  });

  it('prints effective values with their source and masks secrets', () => {
    const effective = effectiveConfig({ ...SERVER, GATEWAY_SHARED_SECRET: 'topsecret', PORT: '9000' });
    const byName = new Map(effective.variables.map((variable) => [variable.name, variable]));
    expect(byName.get('PORT')).to.include({ value: '9000', source: 'env' });
    expect(byName.get('HOST')).to.include({ value: '0.0.0.0', source: 'default' });
    expect(byName.get('IDEMPOTENCY_TTL_SECONDS')).to.include({ value: '86400', source: 'default' });
    expect(byName.get('GATEWAY_SHARED_SECRET')?.value).to.equal('****');
    expect(byName.get('DATABASE_URL')?.value).to.equal('postgres://kenali:****@db.internal:5432/kenali');
    expect(JSON.stringify(effective)).not.to.include('topsecret').and.not.include(':pw@');
    expect(effective.problems).to.deep.equal([]);
  });
});
