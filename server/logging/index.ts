export { createLogger, silentLogger, type Logger, type LogLevel } from './create-logger.js';
export { requestLog } from './request-log.js';
export { processLogger, setProcessLogger } from './process-logger.js';
export { describeError } from './describe-error.js';
export { logSocket } from './log-socket.js';
