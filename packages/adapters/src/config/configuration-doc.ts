import { VARIABLES, VARIABLE_GROUPS } from './variables.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** docs/configuration.md, generated from the registry (`npm run docs:config`); a test keeps them equal. */
export const renderConfigurationDoc = (): string => {
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from packages/adapters/src/config/variables.ts by `npm run docs:config`; do not edit. -->',
    '',
    'kenali reads its configuration from environment variables only. A blank variable counts as unset. A wrong',
    'value stops start-up with one line per problem naming the variable. `npx kenali config` prints the',
    'effective value of every variable and where it came from (`env` or `default`), secrets masked;',
    '`npx kenali config --check` also validates it, including the start-up safety rules below, and exits 2',
    'with every problem listed (`--json` for machines).',
    '',
    'Safety rules applied by `kenali serve` / `npm start` (ADR 0020): in gateway mode without',
    '`GATEWAY_SHARED_SECRET` the service listens only on a loopback `HOST` unless',
    '`AUTH_GATEWAY_TRUST_UNAUTHENTICATED=true` (logged as a warning at every start); an open `/metrics` on a',
    'non-loopback interface is logged as a warning.',
  ];
  for (const group of VARIABLE_GROUPS) {
    const rows = VARIABLES.filter((variable) => variable.group === group);
    if (rows.length === 0) continue;
    lines.push('', `## ${group}`, '', '| variable | type | default | meaning |', '|---|---|---|---|');
    for (const row of rows) {
      const meaning = row.secret
        ? `${row.description} Secret: masked by \`kenali config\`.`
        : row.description;
      lines.push(`| \`${row.name}\` | ${cell(row.type)} | ${cell(row.default)} | ${cell(meaning)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
};
