const BASE_MS = 1_000;
const MAX_MS = 30_000;

/**
 * Capped exponential backoff with "equal jitter": half the ceiling fixed, half random. After a
 * server restart every console in every hub reconnects; the jitter spreads them out.
 */
export function reconnectDelay(attempt: number, random: number): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
