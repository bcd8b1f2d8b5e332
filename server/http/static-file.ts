import { readFile, stat } from 'node:fs/promises';
import type { Context } from 'hono';
import { sendEncoded, strongEtag, type EncodedBody, type SendOptions } from './send-encoded.js';

export { acceptedEncodings } from './send-encoded.js';

export interface StaticFile extends SendOptions {
  /** Absolute path; `.br` and `.gz` siblings are used when the build wrote them. */
  path: string;
}

interface Loaded {
  mtimeMs: number;
  body: Buffer<ArrayBuffer>;
}

/** Read once per file version: the stat per request keeps `npm run build` picked up without a restart. */
const cache = new Map<string, Loaded>();
const etags = new WeakMap<Buffer, string>();

async function load(path: string): Promise<Buffer<ArrayBuffer> | undefined> {
  try {
    const { mtimeMs } = await stat(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit.body;
    const body = await readFile(path);
    cache.set(path, { mtimeMs, body });
    return body;
  } catch {
    return undefined;
  }
}

/** Sends a built file and its precompressed copies (see sendEncoded). */
export async function sendStaticFile(c: Context, file: StaticFile): Promise<Response> {
  const [identity, br, gzip] = await Promise.all([load(file.path), load(`${file.path}.br`), load(`${file.path}.gz`)]);
  if (!identity) return c.text('This file is missing: run npm run build', 503);
  let etag = etags.get(identity);
  if (!etag) etags.set(identity, (etag = strongEtag(identity)));
  const body: EncodedBody = { etag, identity, ...(br ? { br } : {}), ...(gzip ? { gzip } : {}) };
  return sendEncoded(c, body, file);
}
