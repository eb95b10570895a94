import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    // Tokens and personal fields must never reach the logs.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-token"]', '*.phone', '*.birthDate'], censor: '[redacted]' },
  });
}
