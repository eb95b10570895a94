import { pino, type DestinationStream, type Logger } from 'pino';
import { loggableError } from './log-safety.js';

export type { Logger };

// Under vitest the per-request lines would bury the test report; LOG_LEVEL still wins.
const defaultLevel = () => process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');

/** `destination` defaults to standard output; tests pass a stream to read what would be logged. */
export function createLogger(name: string, level: string = defaultLevel(), destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    // Tokens and personal fields must never reach the logs.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-token"]', '*.phone', '*.birthDate'], censor: '[redacted]' },
    // Nor the values of a failed SQL statement, wherever an error is logged.
    serializers: { err: loggableError },
  };
  return destination ? pino(options, destination) : pino(options);
}
