import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** One resource as the client may receive it: plain, and the compressed copies we hold. */
export interface EncodedBody {
  /** Strong ETag of the plain bytes; each encoding gets its own (the bytes on the wire differ). */
  etag: string;
  identity: Buffer<ArrayBuffer>;
  br?: Buffer<ArrayBuffer>;
  gzip?: Buffer<ArrayBuffer>;
}

export interface SendOptions {
  type: string;
  cacheControl: string;
  headers?: Record<string, string>;
}

export const strongEtag = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;

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
 * Sends the brotli copy, else the gzip copy, else the plain bytes, with a strong ETag per encoding,
 * Vary: Accept-Encoding, an exact Content-Length, and 304 on a matching If-None-Match.
 */
export function sendEncoded(c: Context, body: EncodedBody, options: SendOptions): Response {
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  const encoding = (['br', 'gzip'] as const).find((name) => accepted.has(name) && body[name]) ?? null;
  const bytes = encoding ? body[encoding]! : body.identity;
  const etag = encoding ? `${body.etag.slice(0, -1)}-${encoding}"` : body.etag;
  const headers: Record<string, string> = { ...options.headers, 'content-type': options.type, 'cache-control': options.cacheControl, etag, vary: 'Accept-Encoding' };
  if (encoding) headers['content-encoding'] = encoding;
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(c.req.method === 'HEAD' ? null : bytes, { headers: { ...headers, 'content-length': String(bytes.length) } });
}
