import { ConcurrencyGate } from './concurrency-gate.js';
import { LiveProcesses } from './live-processes.js';
import { DEFAULT_SECURITY, type SecurityOptions } from './security-options.js';
import { TokenBuckets } from './token-bucket.js';

/** Security settings plus the per-process limiters built from them, one per server. */
export interface SecurityContext {
  options: SecurityOptions;
  /** scrypt checks in flight: two of libuv's four threads at most, a short queue, then 429. */
  passwordGate: ConcurrencyGate;
  /** Anonymous HTTP endpoints, per client address. */
  anonymousRequests: TokenBuckets;
  /** The processes sharing the per-client limits (one unless several share a PostgreSQL). */
  processes: LiveProcesses;
}

export function createSecurityContext(options: Partial<SecurityOptions> = {}): SecurityContext {
  return {
    options: { ...DEFAULT_SECURITY, ...options },
    passwordGate: new ConcurrencyGate(2, 8),
    anonymousRequests: new TokenBuckets(120, 20),
    processes: new LiveProcesses(),
  };
}
