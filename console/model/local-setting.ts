/**
 * A small preference kept in localStorage (alert sound, hub filter). Storage can be disabled by
 * policy on council desktops; then the preference simply lasts for the page's lifetime.
 */
export function readSetting<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeSetting(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the setting still applies until the page closes.
  }
}
