import { type AddressInfo, type Server, type Socket, createServer, connect } from 'node:net';

/**
 * A TCP proxy between the service and PostgreSQL that drops a connection at a chosen moment: when the
 * client sends a message containing a given SQL text. `before` drops without forwarding (the statement
 * never reaches the server, which then rolls the open transaction back); `after` forwards the message and
 * drops the connection at once (the server may execute it, but the client never hears the outcome — the
 * "did my COMMIT land?" case). Everything else is forwarded untouched. A named statement (ADR 0036) carries
 * its text only in the Parse message, the first time a connection runs it; the proxy remembers which names
 * were parsed with a matching text, so a later execution (a Bind naming the statement) matches too.
 */
export interface DropRule {
  readonly pattern: string;
  readonly when: 'before' | 'after';
  /** Resolves when a connection was dropped by this rule. */
  readonly dropped: Promise<void>;
}

/** A Parse message of a named statement: its name, then its text (both NUL-terminated). */
const PARSE_NAMED = /P[\s\S]{4}(k_[0-9a-f]{20})\0([^\0]*)\0/g;

interface ArmedRule {
  readonly pattern: Buffer;
  /** Names of statements parsed with a text containing `pattern`. */
  readonly names: Buffer[];
  readonly when: 'before' | 'after';
  remaining: number;
  fire: () => void;
}

export class PgFaultProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  private rules: ArmedRule[] = [];
  /** Every named statement seen being parsed, name → text. */
  private readonly parsed = new Map<string, string>();
  /** Connections dropped so far, by any rule or by `dropAll`. */
  drops = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<PgFaultProxy> {
    const holder: { proxy?: PgFaultProxy } = {};
    const server = createServer((client) => holder.proxy?.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.proxy = new PgFaultProxy(server, (server.address() as AddressInfo).port);
    return holder.proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  /** Drops the next `times` connections that send `pattern`. */
  dropOn(pattern: string, when: 'before' | 'after' = 'before', times = 1): DropRule {
    let fire = () => {};
    const dropped = new Promise<void>((resolve) => {
      fire = resolve;
    });
    const names = [...this.parsed]
      .filter(([, text]) => text.includes(pattern))
      .map(([name]) => Buffer.from(name));
    this.rules.push({ pattern: Buffer.from(pattern), names, when, remaining: times, fire });
    return { pattern, when, dropped };
  }

  clearRules(): void {
    this.rules = [];
  }

  /** Drops every open connection (a network blip). */
  dropAll(): number {
    const count = this.pairs.size;
    for (const pair of [...this.pairs]) this.cut(pair, true);
    return count;
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    const server = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, server];
    this.pairs.add(pair);
    const end = () => this.cut(pair);
    client.on('error', end).on('close', end);
    server.on('error', end).on('close', end);
    server.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('data', (chunk: Buffer) => {
      this.learnNames(chunk);
      const rule = this.rules.find(
        (r) => r.remaining > 0 && (chunk.includes(r.pattern) || r.names.some((name) => chunk.includes(name))),
      );
      if (!rule) {
        server.write(chunk);
        return;
      }
      rule.remaining--;
      if (rule.when === 'after') server.write(chunk, () => this.cut(pair, true));
      else this.cut(pair, true);
      rule.fire();
    });
  }

  private learnNames(chunk: Buffer): void {
    for (const [, name, text] of chunk.toString('latin1').matchAll(PARSE_NAMED)) {
      if (this.parsed.has(name)) continue;
      this.parsed.set(name, text);
      for (const rule of this.rules)
        if (text.includes(rule.pattern.toString('latin1'))) rule.names.push(Buffer.from(name));
    }
  }

  private cut(pair: [Socket, Socket], fault = false): void {
    if (!this.pairs.delete(pair)) return;
    if (fault) this.drops++;
    // destroy, not end: the peer sees a reset, as with a dead network or a killed backend.
    for (const socket of pair) socket.destroy();
  }
}
