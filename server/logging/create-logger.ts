import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger } from 'pino';
export type LogLevel = Level | 'silent';

/**
 * Field names that may carry a family's words, contact details or secrets. We never log bodies,
 * frames or query strings in the first place; this list is the second line of defence should a
 * future log call pass an object that holds one.
 */
const REDACTED_FIELDS = ['text', 'words', 'contactValue', 'phone', 'email', 'password', 'token', 'csrfToken', 'cookie', 'authorization', 'secret', 'values'];
const REDACT_PATHS = [
  ...REDACTED_FIELDS,
  ...REDACTED_FIELDS.map((field) => `*.${field}`),
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
  'req.headers.cookie',
  'req.headers.authorization',
];

/**
 * The server's JSON logger (one line per event on stdout, ready for a council's log shipper).
 * `destination` is for tests that read what was logged.
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'front-door' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** For tests and tools that start a server without wanting its logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
