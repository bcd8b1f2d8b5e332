import i18next, { type TOptions } from 'i18next';

/** The namespaces the console renders: its own words plus everything the bot and flows may say. */
const NAMESPACES = ['console', 'common', 'flows', 'resources', 'safeguarding', 'consent', 'quick-replies'] as const;

/** Staff work in English; transcripts are shown to them in English whatever the family read. */
export const STAFF_LANGUAGE = 'en';

/** Intl formats follow UK conventions (24-hour clock, day before month) for Bradford staff. */
export const FORMAT_LOCALE = 'en-GB';

export const i18n = i18next.createInstance();

/**
 * Fetches every namespace in parallel before the first render. A namespace that fails to load is
 * skipped rather than fatal: the console must still open so staff can reach families, and
 * missing keys fall back to readable defaults.
 */
export async function loadTranslations(fetchJson: (url: string) => Promise<unknown> = defaultFetch): Promise<void> {
  const bundles = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, await fetchJson(`/locales/${STAFF_LANGUAGE}/${ns}.json`).catch(() => null)] as const),
  );
  const resources: Record<string, Record<string, unknown>> = {};
  for (const [ns, bundle] of bundles) {
    if (bundle && typeof bundle === 'object') resources[ns] = bundle as Record<string, unknown>;
  }
  await i18n.init({
    lng: STAFF_LANGUAGE,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'console',
    resources: { [STAFF_LANGUAGE]: resources },
    // Preact escapes text when it renders; escaping here too would show "&#39;" to staff.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

async function defaultFetch(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** Translates a console key (or a `ns:key` from elsewhere). */
export function t(key: string, options?: TOptions): string {
  return i18n.t(key, options ?? {}) as string;
}

/** The top-level keys of one namespace, in file order (e.g. every quick reply). */
export function keysOf(ns: string): string[] {
  const bundle = i18n.getResourceBundle(STAFF_LANGUAGE, ns) as Record<string, unknown> | undefined;
  return bundle ? Object.keys(bundle) : [];
}
