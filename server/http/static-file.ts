import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Context } from 'hono';

export interface StaticFile {
  /** Absolute path; `.br` and `.gz` siblings are used when the build wrote them. */
  path: string;
  type: string;
  cacheControl: string;
}

interface Loaded {
  mtimeMs: number;
  body: Buffer<ArrayBuffer>;
  etag: string;
}

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Read once per file version: the stat per request keeps `npm run build` picked up without a restart. */
const cache = new Map<string, Loaded>();

async function load(path: string): Promise<Loaded | null> {
  try {
    const { mtimeMs } = await stat(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const body = await readFile(path);
    const loaded = { mtimeMs, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
    cache.set(path, loaded);
    return loaded;
  } catch {
    return null;
  }
}

/** Encodings the client accepts, honouring q=0 ("identity;q=0" is not something browsers send). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * Sends a built file: the brotli copy, else the gzip copy, else the plain file, with a strong ETag
 * per encoding (the bytes differ), Vary: Accept-Encoding, and 304 on a matching If-None-Match.
 */
export async function sendStaticFile(c: Context, file: StaticFile): Promise<Response> {
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  let chosen: { encoding: string | null; loaded: Loaded } | null = null;
  for (const { name, suffix } of ENCODINGS) {
    if (!accepted.has(name)) continue;
    const loaded = await load(file.path + suffix);
    if (loaded) {
      chosen = { encoding: name, loaded };
      break;
    }
  }
  if (!chosen) {
    const loaded = await load(file.path);
    if (!loaded) return c.text('This file is missing: run npm run build', 503);
    chosen = { encoding: null, loaded };
  }
  const etag = chosen.encoding ? `${chosen.loaded.etag.slice(0, -1)}-${chosen.encoding}"` : chosen.loaded.etag;
  const headers: Record<string, string> = { 'content-type': file.type, 'cache-control': file.cacheControl, etag, vary: 'Accept-Encoding' };
  if (chosen.encoding) headers['content-encoding'] = chosen.encoding;
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(c.req.method === 'HEAD' ? null : chosen.loaded.body, { headers: { ...headers, 'content-length': String(chosen.loaded.body.length) } });
}
