/** How the widget was embedded: where its server is, where quick exit goes, preview switches. */
export interface EmbedConfig {
  /** Origin of the server that served widget.js: locales, languages and the socket live there. */
  origin: string;
  socketUrl: string;
  exitUrl: string;
  /** Languages to offer first: the page's data-language, then the browser's. */
  preferred: string[];
  /** Translators' preview: `?fd-preview=<lang>` forces a language, `&fd-keys=1` shows key names. */
  preview: string | null;
  showKeys: boolean;
  /**
   * Which flow a new conversation starts: a partner's page sets data-route="practitioner" on the
   * script, or a bookmarkable link adds `?fd-route=practitioner`, for practitioners' requests.
   */
  route: 'family' | 'practitioner';
}

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The widget's own script tag: currentScript while it runs, else a search by file name. */
export function findOwnScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return doc.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}

/** Only http(s) exit targets: a page must not be able to turn the exit into a script URL. */
function safeExitUrl(value: string | undefined, base: string): string {
  if (!value) return DEFAULT_EXIT_URL;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : DEFAULT_EXIT_URL;
  } catch {
    return DEFAULT_EXIT_URL;
  }
}

export function readEmbedConfig(script: HTMLScriptElement | null, page: Location, browserLanguages: readonly string[]): EmbedConfig {
  const origin = new URL(script?.src || page.href, page.href).origin;
  const params = new URLSearchParams(page.search);
  const preview = params.get('fd-preview');
  const pageLanguage = script?.dataset.language;
  return {
    origin,
    socketUrl: `${origin.replace(/^http/, 'ws')}/ws/widget`,
    exitUrl: safeExitUrl(script?.dataset.exitUrl, page.href),
    preferred: [...new Set([pageLanguage, ...browserLanguages].filter((l): l is string => !!l && LANGUAGE_TAG.test(l)))],
    preview: preview && LANGUAGE_TAG.test(preview) ? preview : null,
    showKeys: params.get('fd-keys') === '1',
    route: params.get('fd-route') === 'practitioner' || script?.dataset.route === 'practitioner' ? 'practitioner' : 'family',
  };
}
