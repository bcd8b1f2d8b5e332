const BASE_MS = 1_000;
const MAX_MS = 30_000;

/**
 * Capped exponential backoff with "equal jitter": half the ceiling is fixed, half random. The
 * floor stops a flapping server being hammered; the jitter stops every family's phone
 * reconnecting in the same second after a server restart.
 */
export function reconnectDelay(attempt: number, random: number): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
