// Turns the statements PostgreSQL logged for one real request into a replayable script: every parameter a
// request changes (the caller, the session, ids PostgreSQL handed out, values kenali generates, "now") becomes
// a placeholder; everything else (SQL text, JSON documents, sizes) stays byte for byte as logged.
import type { LogRecord } from './cluster.js';

/** One statement as the floor sends it. */
export interface ScriptStatement {
  /** `simple` (query string protocol, no parameters) or `extended` (parse/bind/execute). */
  readonly protocol: 'simple' | 'extended';
  /** Prepared statement name; absent for the unnamed statement. */
  readonly name?: string;
  readonly text: string;
  /** Parameter templates (see `fill` in replay.ts); null is SQL NULL. */
  readonly params: (string | null)[];
  /** True between BEGIN and COMMIT/ROLLBACK: runs on the transaction's connection. */
  readonly inTransaction: boolean;
  /** Ran at the same time as the statement before it (kenali awaited both together, on two connections). */
  readonly parallel?: true;
}

export interface RouteScript {
  readonly method: 'POST';
  readonly path: string;
  readonly status: number;
  /** The response kenali sent for the captured request, returned verbatim by the floor. */
  readonly response: string;
  readonly statements: ScriptStatement[];
}

/** A statement as logged, before templating. */
export interface Logged {
  /** The backend that ran it. */
  readonly pid: number;
  readonly protocol: 'simple' | 'extended';
  readonly name?: string;
  readonly text: string;
  readonly values: (string | null)[];
}

const EXECUTE = /^execute (?:<unnamed>|([^:]+)): ([\s\S]*)$/;
const SIMPLE = /^statement: ([\s\S]*)$/;

/** The statements of one request, in log order (log_statement = all). */
export const loggedStatements = (records: readonly LogRecord[]): Logged[] =>
  records.flatMap((r): Logged[] => {
    const simple = SIMPLE.exec(r.message);
    if (simple) return [{ pid: r.pid, protocol: 'simple', text: simple[1], values: [] }];
    const execute = EXECUTE.exec(r.message);
    if (!execute) return [];
    return [
      {
        pid: r.pid,
        protocol: 'extended',
        ...(execute[1] ? { name: execute[1] } : {}),
        text: execute[2],
        values: parseParameters(r.detail ?? ''),
      },
    ];
  });

/** `Parameters: $1 = 'a''b', $2 = NULL` → ["a'b", null] (PostgreSQL's own quoting). */
export const parseParameters = (detail: string): (string | null)[] => {
  const values: (string | null)[] = [];
  const body = detail.replace(/^Parameters: /, '');
  let i = 0;
  while (i < body.length) {
    const head = /^\$(\d+) = /.exec(body.slice(i));
    if (!head) throw new Error(`unexpected parameter list at ${i}: ${body.slice(i, i + 40)}`);
    i += head[0].length;
    if (body.startsWith('NULL', i)) {
      values.push(null);
      i += 4;
    } else {
      if (body[i] !== "'") throw new Error(`unquoted parameter at ${i}`);
      let value = '';
      for (i++; ; i++) {
        if (i >= body.length) throw new Error('unterminated parameter');
        if (body[i] === "'") {
          if (body[i + 1] === "'") {
            value += "'";
            i++;
            continue;
          }
          i++;
          break;
        }
        value += body[i];
      }
      values.push(value);
    }
    if (body.startsWith(', ', i)) i += 2;
  }
  return values;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const FULL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Request fingerprints and keys derived from them (the keyless idempotency fallback). */
const DIGEST = /^(fp:)?([0-9a-f]{64})$/;
/** How pg sends a JS Date: "now" for kenali. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?\+00$/;

/** Where an id the request uses came from, decided by the capture (see capture.ts). */
export interface IdOrigin {
  /** The table whose `id` it is. */
  readonly table: string;
  /** True when the row was inserted by this request (else it was read). */
  readonly created: boolean;
}

export interface TemplateContext {
  readonly user: string;
  /** The session token the request names (absent for a start). */
  readonly token?: string;
  /** Milliseconds since the epoch when the request was sent: timestamps become offsets from it. */
  readonly sentAt: number;
  /** Integer or uuid values that are ids of rows, with their origin. */
  readonly idOrigin: (value: string) => IdOrigin | undefined;
}

/** The table a statement writes or reads first: `insert into t`, `update t`, `… from t`. */
export const mainTable = (text: string): string | undefined =>
  /^\s*(?:insert\s+into|update)\s+"?([a-z_]+)"?/i.exec(text)?.[1] ??
  /\bfrom\s+"?([a-z_]+)"?/i.exec(text)?.[1];

const returnsRows = (s: Logged): boolean => /^\s*select\b/i.test(s.text) || /\breturning\b/i.test(s.text);

/**
 * The statement whose first row's `id` is `value`: for a row created by the request, the first earlier
 * INSERT … RETURNING into its table; for a row that existed, the first earlier SELECT from its table.
 */
const producer = (statements: readonly Logged[], before: number, origin: IdOrigin): number => {
  for (let i = 0; i < before; i++) {
    const s = statements[i];
    if (mainTable(s.text) !== origin.table || !returnsRows(s)) continue;
    // An insert, also inside a data-modifying WITH (the idempotency claim: `with … insert into … returning`).
    const insert = /^\s*insert\b/i.test(s.text) || /^\s*with\b[\s\S]*\binsert\s+into\b/i.test(s.text);
    if (origin.created ? insert : /^\s*select\b/i.test(s.text)) return i;
  }
  throw new Error(`no earlier statement returns the ${origin.table} id used by statement ${before}`);
};

const isTransactionEdge = (s: Logged, words: string[]) =>
  words.includes(s.text.trim().replace(/;$/, '').toUpperCase());

/**
 * Statements outside a transaction that ran concurrently: a statement on another backend than the one just
 * before it (one request, nothing else running: kenali took a second connection because the first was busy).
 * Each group is put in a fixed order (by text), since which one the log shows first is a race.
 */
export const parallelGroups = (statements: readonly Logged[]): { statement: Logged; parallel: boolean }[] => {
  const out: { statement: Logged; parallel: boolean }[] = [];
  let inTransaction = false;
  let groupStart = 0;
  for (const [i, s] of statements.entries()) {
    if (isTransactionEdge(s, ['BEGIN'])) inTransaction = true;
    const previous = statements[i - 1];
    const parallel =
      !inTransaction &&
      previous !== undefined &&
      previous.pid !== s.pid &&
      !isTransactionEdge(previous, ['COMMIT', 'ROLLBACK']);
    if (!parallel) groupStart = i;
    out.push({ statement: s, parallel });
    if (parallel) {
      const group = out.splice(groupStart).map((g) => g.statement);
      group.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      out.push(...group.map((statement, k) => ({ statement, parallel: k > 0 })));
    }
    if (isTransactionEdge(s, ['COMMIT', 'ROLLBACK'])) inTransaction = false;
  }
  return out;
};

/** The script of one request; throws on anything it cannot classify rather than guess. */
export const templateStatements = (logged: readonly Logged[], ctx: TemplateContext): ScriptStatement[] => {
  const grouped = parallelGroups(logged);
  const statements = grouped.map((g) => g.statement);
  const fresh = new Map<string, string>();
  const freshName = (value: string, kind: 'uuid' | 'hex'): string => {
    let name = fresh.get(value);
    if (!name) {
      name = `${kind}:${fresh.size}`;
      fresh.set(value, name);
    }
    return name;
  };
  let inTransaction = false;
  return statements.map((s, index) => {
    const word = s.text.trim().replace(/;$/, '').toUpperCase();
    if (word === 'BEGIN') inTransaction = true;
    const within = inTransaction;
    if (word === 'COMMIT' || word === 'ROLLBACK') inTransaction = false;
    const params = s.values.map((value) => {
      if (value === null) return null;
      if (value.includes('{{')) throw new Error(`statement ${index}: a parameter already contains "{{"`);
      if (TIMESTAMP.test(value))
        return `{{now:${Date.parse(value.replace(' ', 'T').replace('+00', 'Z')) - ctx.sentAt}}}`;
      const origin = ctx.idOrigin(value);
      if (origin) return `{{row:${producer(statements, index, origin)}:id}}`;
      const digest = DIGEST.exec(value);
      if (digest) return `${digest[1] ?? ''}{{${freshName(digest[2], 'hex')}}}`;
      // uuids inside any text: the caller, the session, or values kenali made up for this request.
      return value.replace(UUID, (uuid) => {
        if (uuid === ctx.user) return '{{user}}';
        if (uuid === ctx.token) return '{{token}}';
        if (!FULL_UUID.test(value) && value.length > 100) return uuid; // inside a document: kept verbatim
        return `{{${freshName(uuid, 'uuid')}}}`;
      });
    });
    return {
      protocol: s.protocol,
      ...(s.name ? { name: s.name } : {}),
      text: s.text,
      params,
      inTransaction: within,
      ...(grouped[index].parallel ? { parallel: true as const } : {}),
    };
  });
};
