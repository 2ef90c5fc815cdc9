import type { AddressInfo } from 'node:net';
import { type Server, request } from 'node:http';
import { createHttpServer } from '@kenali/http';

export interface RawResponse {
  readonly status: number;
  readonly type: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly body: Record<string, unknown>;
}

/**
 * The app behind the real server of `kenali serve` (server.ts), for requests supertest would rewrite
 * (superagent serialises a Buffer under a JSON content type) or cannot send (raw bytes, odd methods).
 */
export const rawServer = async (
  handler: Parameters<typeof createHttpServer>[0],
  requestTimeoutMs = 30_000,
): Promise<{
  server: Server;
  port: number;
  send: typeof send extends (p: number, ...r: infer R) => infer O ? (...args: R) => O : never;
}> => {
  const server = createHttpServer(handler, { requestTimeoutMs });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, send: (...args) => send(port, ...args) };
};

const send = (
  port: number,
  method: string,
  path: string,
  body: Buffer | string | undefined,
  headers: Record<string, string> = {},
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: Record<string, unknown> = {};
        try {
          parsed = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // not JSON; the test looks at text
        }
        resolve({
          status: res.statusCode ?? 0,
          type: (res.headers['content-type'] ?? '').split(';')[0] ?? '',
          headers: res.headers,
          text,
          body: parsed,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
