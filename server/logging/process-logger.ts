import { silentLogger, type Logger } from './create-logger.js';

let current: Logger = silentLogger();

/**
 * The logger for the few places with no request or context at hand (a socket handler's unexpected
 * error). startServer sets it; everything that has a context logs through ctx.log instead.
 */
export function processLogger(): Logger {
  return current;
}

export function setProcessLogger(log: Logger): void {
  current = log;
}
