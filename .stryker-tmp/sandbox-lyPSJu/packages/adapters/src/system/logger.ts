// @ts-nocheck
import { pino, type Logger } from 'pino';

/** JSON logs on stdout; secrets and idempotency keys never appear in clear. */
export const createLogger = (level: string, fd: 1 | 2 = 1): Logger =>
  pino(
    {
      level,
      base: { service: 'kenali' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-gateway-secret"]',
          '*.apiKey',
          'config.ai.apiKey',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd, sync: fd === 2 }),
  );
