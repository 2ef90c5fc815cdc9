import type { RequestListener, Server, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { type ServerOptions, createHttpServer } from '../server.js';

export interface DrainableServer {
  readonly server: Server;
  /**
   * Stops accepting connections at once, lets in-flight requests finish for up to `graceMs` (closing each
   * keep-alive connection as soon as it is idle), then cuts what is left. Resolves with how many were cut.
   */
  drain(graceMs: number): Promise<number>;
}

const POLL_MS = 25;

/** The HTTP server of ADR 0022 (request timeouts, problem+json parser errors) that also knows its in-flight requests, so shutdown can wait for them instead of cutting them. */
export const createDrainableServer = (handle: RequestListener, options: ServerOptions): DrainableServer => {
  const active = new Set<ServerResponse>();
  let draining = false;
  const server = createHttpServer((req, res) => {
    active.add(res);
    // 'close' follows both a finished response and a connection that went away.
    res.once('close', () => active.delete(res));
    // A request that arrives on an open keep-alive connection while draining is answered, then the
    // connection is closed.
    if (draining) res.shouldKeepAlive = false;
    handle(req, res);
  }, options);
  const drain = async (graceMs: number): Promise<number> => {
    draining = true;
    for (const res of active) if (!res.headersSent) res.shouldKeepAlive = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const deadline = Date.now() + graceMs;
    for (;;) {
      server.closeIdleConnections();
      if (active.size === 0 || Date.now() >= deadline) break;
      await delay(POLL_MS);
    }
    const cut = active.size;
    server.closeAllConnections();
    await closed;
    return cut;
  };
  return { server, drain };
};
