/**
 * Everything Front Door keeps on the device, under one prefix so quick exit can wipe it all in one
 * pass. Storage can be missing or throw (private browsing, blocked third-party storage), so every
 * access is guarded: the chat must still work, it just forgets more.
 */
export const STORAGE_PREFIX = 'front-door:';

export const STORAGE_KEYS = {
  /** { conversationId, token } so a reload or a server restart resumes the same conversation. */
  session: `${STORAGE_PREFIX}session`,
  /** { language, fallbackLanguage? } the family chose. */
  language: `${STORAGE_PREFIX}language`,
  /** Family frames not yet acknowledged by the server. */
  outbox: `${STORAGE_PREFIX}outbox`,
  /** Whether the panel is open, per tab, so moving between council pages keeps the chat open. */
  open: `${STORAGE_PREFIX}open`,
} as const;

type Area = 'local' | 'session';

function area(which: Area): Storage | null {
  try {
    return which === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readStored(key: string, which: Area = 'local'): unknown {
  try {
    const raw = area(which)?.getItem(key);
    return raw == null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: unknown, which: Area = 'local'): void {
  try {
    area(which)?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: keeping going in memory is better than failing the family's message.
  }
}

export function removeStored(key: string, which: Area = 'local'): void {
  try {
    area(which)?.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** Removes every Front Door key from both storage areas (quick exit, shared devices). */
export function clearFrontDoorStorage(): void {
  for (const which of ['local', 'session'] as const) {
    const store = area(which);
    if (!store) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
      }
      for (const key of keys) store.removeItem(key);
    } catch {
      // Storage became unavailable mid-way; leaving the site matters more.
    }
  }
}
