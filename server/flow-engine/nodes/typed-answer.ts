import type { LocalisedText } from '../../protocol/content.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import { rejected, saveAnswer, type NodeContext, type NodeOutcome } from '../node-outcome.js';
import type { FlowInput } from '../step-result.js';

interface TypedNode {
  saveAs: string;
  next: string;
  optional?: boolean | undefined;
}

/**
 * Shared by questions the family types an answer to. An empty answer list is the "skip" button:
 * allowed only when the question is optional, and saved as [] so branches can test `isEmpty`.
 */
export function typedAnswer(
  node: TypedNode,
  input: FlowInput,
  ctx: NodeContext,
  read: (text: string) => { value: string } | { reject: LocalisedText },
): NodeOutcome {
  if (input.type === 'answer') {
    if (input.values.length > 0) return rejected(ENGINE_KEYS.typeAnswer);
    if (!node.optional) return rejected(ENGINE_KEYS.answerRequired);
    return saveAnswer(ctx, node.saveAs, { nodeId: ctx.nodeId, values: [], labels: [] }, node.next);
  }
  const text = input.text.trim();
  if (text === '') return rejected(ENGINE_KEYS.answerRequired);
  const result = read(text);
  if ('reject' in result) return { type: 'rejected', reason: result.reject };
  return saveAnswer(ctx, node.saveAs, { nodeId: ctx.nodeId, values: [result.value], labels: [] }, node.next);
}
