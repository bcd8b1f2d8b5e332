/**
 * Which web pages may embed the family widget: the one home of that rule. HTTP CORS on what the
 * widget fetches and the widget socket's Origin check both ask this policy, so they cannot drift.
 *
 * An entry is an exact origin (`https://www.bradford.gov.uk`) or an origin with any port
 * (`http://localhost:*`). The server's own pages (same origin as the request's Host) are always
 * allowed: the demo page and the console are served from there.
 */
export interface EmbedOriginPolicy {
  /** The configured entries, as written (for logs and docs). */
  readonly entries: readonly string[];
  /** Whether a page on `origin` may use the widget; `host` is the request's Host header. */
  allows(origin: string | undefined, host: string | undefined): boolean;
}

/** Development default: any local port, so a council developer can try the embed on their own page. */
export const DEVELOPMENT_EMBED_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'] as const;

const ENTRY = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}|\*))?$/i;

interface Matcher {
  protocol: string;
  hostname: string;
  /** null: any port. */
  port: string | null;
}

function parseEntry(entry: string): Matcher {
  const match = ENTRY.exec(entry.trim());
  if (!match) throw new Error(`EMBED_ORIGINS: "${entry}" is not an origin such as https://www.example.gov.uk or http://localhost:*`);
  const [, protocol, hostname, port] = match;
  const defaultPort = protocol!.toLowerCase() === 'https' ? '443' : '80';
  return { protocol: protocol!.toLowerCase(), hostname: hostname!.toLowerCase(), port: port === '*' ? null : (port ?? defaultPort) };
}

function splitOrigin(origin: string): Matcher | null {
  try {
    const url = new URL(origin);
    if (url.origin !== origin.replace(/\/$/, '')) return null;
    const protocol = url.protocol.replace(':', '');
    return { protocol, hostname: url.hostname.toLowerCase(), port: url.port || (protocol === 'https' ? '443' : '80') };
  } catch {
    return null;
  }
}

/** Splits a comma list such as the EMBED_ORIGINS variable; throws on an entry that is not an origin. */
export function parseEmbedOrigins(list: string): string[] {
  const entries = list.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) parseEntry(entry);
  return entries;
}

export function createEmbedOriginPolicy(entries: readonly string[]): EmbedOriginPolicy {
  const matchers = entries.map(parseEntry);
  return {
    entries,
    allows(origin, host) {
      // "null" is what sandboxed frames and file: pages send; they are never an embedding council page.
      if (!origin || origin === 'null') return false;
      const page = splitOrigin(origin);
      if (!page) return false;
      if (host && page.hostname === hostnameOf(host) && page.port === portOf(host, page.protocol)) return true;
      return matchers.some((m) => m.protocol === page.protocol && m.hostname === page.hostname && (m.port === null || m.port === page.port));
    },
  };
}

function hostnameOf(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '');
}

function portOf(host: string, protocol: string): string {
  return /:(\d+)$/.exec(host)?.[1] ?? (protocol === 'https' ? '443' : '80');
}
