import type { Env } from '../config/index.js';

/** Every limit the two sockets enforce. docs/security.md has the table with the env variables. */
export interface SocketLimits {
  /**
   * Largest frame ws accepts from a family (bytes). A 4,000-character message is at most 12,000
   * bytes of UTF-8 (3 bytes per UTF-16 unit; a surrogate pair is 4 bytes for 2 units) plus the JSON
   * envelope, so 16 KiB fits every legitimate frame while a hostile page cannot make us buffer
   * megabytes: ws refuses a longer frame from its header, before reading the body.
   */
  widgetMaxPayload: number;
  /** Staff send the same 4,000-character messages plus ids; twice the family's room is ample. */
  staffMaxPayload: number;
  /** Bytes queued for one socket (ws `bufferedAmount`) before it is cut off as a slow consumer. */
  maxBufferedBytes: number;
  /** Ping interval; a socket that has not answered the previous ping by the next one is terminated. */
  heartbeatMs: number;
  /** A staff socket with no frame from its user for this long is closed with 4401. */
  staffIdleMs: number;
  /**
   * Per socket: frames and frame bytes (token buckets: sustained rate per second, burst). Bytes,
   * not characters: they are known before the frame is decoded and weigh what the server parses
   * and screens (a full message in a non-Latin script is up to 12,000 bytes).
   */
  widgetFrames: Rate;
  widgetBytes: Rate;
  staffFrames: Rate;
  /** Per client address over all its family sockets. */
  ipFrames: Rate;
  ipBytes: Rate;
  /**
   * Milliseconds of server time spent handling one address's frames (storing, screening for
   * danger, stepping the flow), measured after each frame: whatever the message costs, one
   * address gets this share of the event loop and no more.
   */
  ipCpuMs: Rate;
  /**
   * Server time for all families together; while it is spent, frames over `smallFrameBytes` are
   * refused (and resent by the widget later) so everyday short replies keep flowing. The burst is
   * small on purpose: a large frame is admitted only while there is credit, so at most about one
   * large frame's work is ever ahead of a family's short reply.
   */
  globalCpuMs: Rate;
  smallFrameBytes: number;
  /** Replies to frames refused for rate, per socket: past this a flood is dropped without answer. */
  errorReplies: Rate;
  /** After refusing a frame for rate, refuse every later frame for this long so retries keep order. */
  rateHoldMs: number;
  /** New conversations one client address may start per window. */
  conversationsPerIp: number;
  conversationWindowMs: number;
  /** Most client addresses tracked at once; the oldest idle ones are forgotten first. */
  maxTrackedAddresses: number;
}

export interface Rate {
  perSecond: number;
  burst: number;
}

/**
 * The family's message cap lives in the protocol (FAMILY_MESSAGE_MAX_CHARS); these budgets allow a
 * few full ones at once. Outside production every test and demo client shares 127.0.0.1, so the
 * per-address budgets are 100 times wider there; tests of those budgets set them explicitly.
 */
export function defaultSocketLimits(nodeEnv: Env['NODE_ENV'] = 'development'): SocketLimits {
  const shared = nodeEnv === 'production' ? 1 : 100;
  const wide = (rate: Rate): Rate => ({ perSecond: rate.perSecond * shared, burst: rate.burst * shared });
  return {
    widgetMaxPayload: 16 * 1024,
    staffMaxPayload: 32 * 1024,
    maxBufferedBytes: 1024 * 1024,
    heartbeatMs: 25_000,
    staffIdleMs: 30 * 60_000,
    widgetFrames: { perSecond: 10, burst: 30 },
    widgetBytes: { perSecond: 3_000, burst: 40_000 },
    staffFrames: { perSecond: 20, burst: 60 },
    ipFrames: wide({ perSecond: 20, burst: 60 }),
    ipBytes: wide({ perSecond: 6_000, burst: 80_000 }),
    ipCpuMs: wide({ perSecond: 100, burst: 300 }),
    globalCpuMs: wide({ perSecond: 300, burst: 150 }),
    smallFrameBytes: 1024,
    errorReplies: { perSecond: 1, burst: 10 },
    rateHoldMs: 1_000,
    // Chatwoot's public limit.
    conversationsPerIp: 6 * shared,
    conversationWindowMs: 12 * 3_600_000,
    maxTrackedAddresses: 50_000,
  };
}

export function socketLimitsFromEnv(env: Env): SocketLimits {
  const limits = defaultSocketLimits(env.NODE_ENV);
  const perIp = (rate: Rate, perSecond: number | undefined): Rate =>
    perSecond ? { perSecond, burst: Math.max(perSecond * (rate.burst / rate.perSecond), 1) } : rate;
  return {
    ...limits,
    ...(env.WS_HEARTBEAT_SECONDS ? { heartbeatMs: env.WS_HEARTBEAT_SECONDS * 1000 } : {}),
    ...(env.STAFF_IDLE_MINUTES ? { staffIdleMs: env.STAFF_IDLE_MINUTES * 60_000 } : {}),
    ...(env.CONVERSATIONS_PER_IP ? { conversationsPerIp: env.CONVERSATIONS_PER_IP } : {}),
    ...(env.CONVERSATIONS_WINDOW_HOURS ? { conversationWindowMs: env.CONVERSATIONS_WINDOW_HOURS * 3_600_000 } : {}),
    ...(env.WS_MAX_BUFFERED_BYTES ? { maxBufferedBytes: env.WS_MAX_BUFFERED_BYTES } : {}),
    ipFrames: perIp(limits.ipFrames, env.WS_FRAMES_PER_SECOND_PER_IP),
    ipBytes: perIp(limits.ipBytes, env.WS_BYTES_PER_SECOND_PER_IP),
  };
}
