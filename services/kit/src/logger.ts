import { pino, type Logger } from 'pino';

export type { Logger };

// Under vitest the per-request lines would bury the test report; LOG_LEVEL still wins.
const defaultLevel = () => process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');

export function createLogger(name: string, level: string = defaultLevel()): Logger {
  return pino({
    name,
    level,
    // Tokens and personal fields must never reach the logs.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-token"]', '*.phone', '*.birthDate'], censor: '[redacted]' },
  });
}
