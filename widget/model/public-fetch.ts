/** A GET of one of the chat's public files (locales, language list): never with credentials. */
export type PublicFetch = (url: string) => Promise<Response>;

/**
 * `started` holds requests /widget.js began while the chat bundle was still downloading (so
 * opening costs no extra round trip); each is handed over once, later calls fetch afresh.
 */
export function createPublicFetch(started: Map<string, Promise<Response>> = new Map()): PublicFetch {
  return (url) => {
    const early = started.get(url);
    started.delete(url);
    return early ?? fetch(url, { credentials: 'omit' });
  };
}
