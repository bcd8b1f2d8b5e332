import { MODEL_FORMAT, MODEL_VERSION, type SafeguardingModel } from '../model/safeguarding-model.js';
import type { ModelFile } from '../model/parse-safeguarding-model.js';

/**
 * The shipped file: each head's weights scaled into signed bytes (largest |weight| -> 127), so
 * the model is a quarter of its float size at a precision far below what the threshold resolves.
 */
export function encodeModel(model: SafeguardingModel, trainedOn: ModelFile['trainedOn']): ModelFile {
  const heads = model.heads.length;
  const scales = model.heads.map((_, head) => {
    let largest = 0;
    for (let i = head; i < model.weights.length; i += heads) largest = Math.max(largest, Math.abs(model.weights[i]!));
    return largest === 0 ? 0 : Number((largest / 127).toPrecision(7));
  });
  const bytes = new Int8Array(model.weights.length);
  for (let i = 0; i < bytes.length; i++) {
    const scale = scales[i % heads]!;
    bytes[i] = scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(model.weights[i]! / scale)));
  }
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    corpusHash: model.corpusHash,
    trainedOn,
    buckets: model.buckets,
    heads: [...model.heads],
    window: model.window,
    stride: model.stride,
    threshold: model.threshold,
    bias: Array.from(model.bias, (value) => Number(value.toPrecision(7))),
    scales,
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
