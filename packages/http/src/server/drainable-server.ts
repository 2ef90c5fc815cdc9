import type { RequestListener, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { type ServerOptions, createHttpServer } from '../server.js';

export interface DrainableServer {
  readonly server: Server;
  /**
   * Stops accepting connections at once, lets in-flight requests finish for up to `graceMs` (closing each
   * keep-alive connection as soon as it has no request left), then cuts what is left. Resolves with how
   * many requests were cut.
   */
  drain(graceMs: number): Promise<number>;
}

const POLL_MS = 25;

/**
 * The HTTP server of ADR 0022 (request timeouts, problem+json parser errors) that also knows its in-flight
 * requests per connection, so shutdown waits for them. Node's own `closeIdleConnections()` (which
 * `server.close()` calls) counts a connection whose request has been read but not yet answered as idle and
 * would cut exactly the requests we wait for; so the listener is closed with net.Server's close, and
 * idleness is tracked here.
 */
export const createDrainableServer = (handle: RequestListener, options: ServerOptions): DrainableServer => {
  const open = new Map<Socket, number>();
  const active = new Set<ServerResponse>();
  let draining = false;
  const server = createHttpServer((req, res) => {
    const socket = req.socket;
    active.add(res);
    open.set(socket, (open.get(socket) ?? 0) + 1);
    res.once('close', () => {
      active.delete(res);
      const left = (open.get(socket) ?? 1) - 1;
      if (open.has(socket)) open.set(socket, left);
      if (draining && left === 0) socket.end();
    });
    // Answered, then the connection closes: no new request on it while draining.
    if (draining) res.shouldKeepAlive = false;
    handle(req, res);
  }, options);
  server.on('connection', (socket: Socket) => {
    if (!open.has(socket)) open.set(socket, 0);
    socket.once('close', () => open.delete(socket));
  });
  const drain = async (graceMs: number): Promise<number> => {
    draining = true;
    for (const res of active) if (!res.headersSent) res.shouldKeepAlive = false;
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    for (const [socket, requests] of open) if (requests === 0) socket.end();
    const deadline = Date.now() + graceMs;
    while (active.size > 0 && Date.now() < deadline) await delay(POLL_MS);
    const cut = active.size;
    for (const socket of open.keys()) socket.destroy();
    await closed;
    return cut;
  };
  return { server, drain };
};
