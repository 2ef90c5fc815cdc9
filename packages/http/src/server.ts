import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { type Problem, problem, problemBody } from './problem.js';

export interface ServerOptions {
  /** Longest time for a whole request (headers and body) to arrive; REQUEST_TIMEOUT_MS. */
  readonly requestTimeoutMs: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** What Node's parser reports before a request reaches Koa, as a problem (the socket is closed after it). */
const clientProblem = (code: string | undefined): Problem => {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return problem(
      431,
      'header-fields-too-large',
      'Request Header Fields Too Large',
      'request headers are too large',
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return problem(408, 'request-timeout', 'Request Timeout', 'the request did not arrive in time');
  }
  return problem(400, 'bad-request', 'Bad Request', 'malformed HTTP request');
};

const writeProblem = (socket: Duplex, p: Problem): void => {
  const body = JSON.stringify(problemBody(p));
  socket.end(
    `HTTP/1.1 ${p.status} ${p.title}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
};

/**
 * The HTTP server of `kenali serve` (ADR 0022): a client that sends its headers or body too slowly (a body
 * shorter than its Content-Length, a trickle) is answered 408 and disconnected after the request timeout,
 * and the parser's own refusals (431, 400) are problem+json like every other error.
 */
export const createHttpServer = (handler: Handler, options: ServerOptions): Server => {
  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs,
      headersTimeout: Math.min(options.requestTimeoutMs, 20_000),
      // How often Node looks for overdue requests; its default (30 s) would double the timeout.
      connectionsCheckingInterval: Math.min(1000, options.requestTimeoutMs),
    },
    (req, res) => {
      void handler(req, res);
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's default: answer unless a response has already started on this socket.
    const current = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && !current?.headersSent) {
      writeProblem(socket, clientProblem(error.code));
    } else {
      socket.destroy();
    }
  });
  return server;
};
