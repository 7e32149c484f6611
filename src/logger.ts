import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks out wherever they appear, so tokens and keys never reach a log line. */
const REDACT = [
  'token',
  '*.token',
  'password',
  '*.password',
  'privateKey',
  '*.privateKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'secret',
  '*.secret',
];

/**
 * Builds the structured logger. Logs go to stderr so stdout stays clean for
 * commands with a machine-readable output (`grocery-agent nlu`).
 *
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info({ port: 3000 }, 'web chat listening');
 */
export function createLogger(opts: { level?: string; name?: string } = {}): Logger {
  return pino(
    { level: opts.level ?? 'info', name: opts.name ?? 'grocery-agent', redact: { paths: REDACT, censor: '[redacted]' } },
    pino.destination(2),
  );
}
