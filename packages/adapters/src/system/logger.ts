import { pino, type Logger } from 'pino';

/** JSON logs on stdout; secrets and idempotency keys never appear in clear. */
export const createLogger = (level: string): Logger =>
  pino({
    level,
    base: { service: 'kenali' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-gateway-secret"]', '*.apiKey', 'config.ai.apiKey'],
      censor: '[redacted]',
    },
  });
