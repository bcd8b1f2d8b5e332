import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { strongEtag, type EncodedBody } from './send-encoded.js';

/** Bundles are replaced, never mutated, when translations change: one encoding per bundle object. */
const encoded = new WeakMap<object, EncodedBody>();

/**
 * A JSON value ready to send: compressed once (brotli and gzip) with a strong ETag, so every
 * family's browser revalidates a translation with a 304 of a few bytes instead of downloading it.
 */
export function encodedJson(value: object): EncodedBody {
  let body = encoded.get(value);
  if (!body) {
    const identity = Buffer.from(JSON.stringify(value));
    body = {
      etag: strongEtag(identity),
      identity,
      gzip: gzipSync(identity, { level: 9 }),
      br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    };
    encoded.set(value, body);
  }
  return body;
}
