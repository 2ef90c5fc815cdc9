import { type Server, createServer } from 'node:http';
import type { Registry } from 'prom-client';
import { answerMetrics } from '../metrics-endpoint.js';

/** `/metrics` on its own listener (METRICS_PORT), so the API port exposes no internals. */
export const createMetricsServer = (registry: Registry, token: string | undefined): Server =>
  createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    answerMetrics(registry, token, req.headers.authorization).then(
      (answer) => {
        res.writeHead(answer.status, { 'content-type': answer.contentType, ...answer.headers });
        res.end(answer.body);
      },
      () => res.writeHead(500).end(),
    );
  });
