import { z } from 'zod';

const seconds = z.coerce.number().int().min(1).max(3600);

/**
 * Environment variables for the socket limits (docs/security.md lists them). All optional: unset
 * means the defaults in server/realtime/socket-limits.ts, which depend on NODE_ENV.
 */
export const SocketEnv = {
  /** How often each socket is pinged; a socket that missed the previous pong is terminated. */
  WS_HEARTBEAT_SECONDS: seconds.optional(),
  /** A staff socket with no frame from its user for this long is closed (sign in again). */
  STAFF_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).optional(),
  /** New conversations one client address may start per window. */
  CONVERSATIONS_PER_IP: z.coerce.number().int().min(1).max(100_000).optional(),
  CONVERSATIONS_WINDOW_HOURS: z.coerce.number().min(0.01).max(168).optional(),
  /** Frames per second (sustained) one client address may send over all its sockets. */
  WS_FRAMES_PER_SECOND_PER_IP: z.coerce.number().min(1).max(10_000).optional(),
  /** Frame bytes per second (sustained) one client address may send over all its sockets. */
  WS_BYTES_PER_SECOND_PER_IP: z.coerce.number().min(100).max(10_000_000).optional(),
  /** Bytes waiting to be sent to one socket before it is cut off as a slow consumer. */
  WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(16 * 1024).max(256 * 1024 * 1024).optional(),
};
