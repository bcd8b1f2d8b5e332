import { z } from 'zod';
import { SAFEGUARDING_CATEGORIES } from '../../protocol/vocabulary.js';
import { describeIssues } from '../phrase-file.js';
import { DANGER_HEAD, MODEL_FORMAT, MODEL_VERSION, type SafeguardingModel } from './safeguarding-model.js';

/** Thrown when config/safeguarding-model.json is missing, corrupt or of another version. */
export class SafeguardingModelError extends Error {
  override readonly name = 'SafeguardingModelError';
}

const HEADS = [DANGER_HEAD, ...SAFEGUARDING_CATEGORIES] as const;

/**
 * The file `npm run safeguarding:train` writes: weights quantised to signed bytes per head
 * (weight = byte * scales[head]), interleaved by slot, base64-encoded.
 */
export const ModelFile = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  corpusHash: z.string().regex(/^[0-9a-f]{64}$/),
  trainedOn: z.strictObject({ corpusLines: z.number().int().nonnegative(), lexiconEntries: z.number().int().nonnegative() }),
  buckets: z.number().int().refine((n) => n >= 2 ** 8 && n <= 2 ** 20 && (n & (n - 1)) === 0, 'a power of two from 256 to 1,048,576'),
  heads: z.array(z.enum(HEADS)),
  window: z.number().int().min(4).max(200),
  stride: z.number().int().min(1).max(200),
  threshold: z.number().gt(0).max(1),
  bias: z.array(z.number().finite()),
  scales: z.array(z.number().finite().nonnegative()),
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});
export type ModelFile = z.infer<typeof ModelFile>;

/** Validate a model file and unpack its weights. `source` names the file in errors. */
export function parseSafeguardingModel(data: unknown, source: string): SafeguardingModel {
  const result = ModelFile.safeParse(data);
  if (!result.success) throw new SafeguardingModelError(`${source} is not a valid safeguarding model: ${describeIssues(result.error)}`);
  const file = result.data;
  const heads = file.heads.length;
  if (heads !== HEADS.length || file.heads.some((head, index) => head !== HEADS[index])) {
    throw new SafeguardingModelError(`${source}: heads must be ${HEADS.join(', ')} in that order; retrain with npm run safeguarding:train`);
  }
  if (file.bias.length !== heads || file.scales.length !== heads) {
    throw new SafeguardingModelError(`${source}: bias and scales need one number per head (${heads})`);
  }
  const bytes = Buffer.from(file.weights, 'base64');
  if (bytes.length !== file.buckets * heads) {
    throw new SafeguardingModelError(`${source}: weights hold ${bytes.length} bytes, expected ${file.buckets * heads} (buckets x heads); the file is truncated or corrupt`);
  }
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i]! * file.scales[i % heads]!;
  return {
    version: file.version,
    corpusHash: file.corpusHash,
    buckets: file.buckets,
    heads: HEADS,
    weights,
    bias: Float32Array.from(file.bias),
    threshold: file.threshold,
    window: file.window,
    stride: file.stride,
  };
}
