import type { MessageContent } from '../../protocol/content.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import type { FreeTextNode } from '../flow-schema.js';
import { waitWithPrompt, type NodeBehaviour } from '../node-outcome.js';
import { typedAnswer } from './typed-answer.js';

export function freeTextNode(node: FreeTextNode): NodeBehaviour {
  const prompt = (nodeId: string): MessageContent => ({
    kind: 'prompt',
    nodeId,
    prompt: { key: node.prompt },
    input: 'free-text',
    ...(node.optional ? { optional: true } : {}),
  });
  return {
    links: [{ field: 'next', to: node.next }],
    keys: [node.prompt],
    enter: ({ nodeId, state }) => waitWithPrompt(prompt(nodeId), state),
    prompt,
    answer: (input, ctx) =>
      typedAnswer(node, input, ctx, (text) =>
        node.maxLength !== undefined && text.length > node.maxLength
          ? { reject: { key: ENGINE_KEYS.tooLong, params: { max: node.maxLength } } }
          : { value: text },
      ),
  };
}
