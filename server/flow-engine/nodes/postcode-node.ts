import type { MessageContent } from '../../protocol/content.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import type { PostcodeNode } from '../flow-schema.js';
import { waitWithPrompt, type NodeBehaviour } from '../node-outcome.js';
import { parsePostcodeDistrict } from '../parse-postcode.js';
import { typedAnswer } from './typed-answer.js';

/** Saves the postcode district only; the locality is looked up from it when it is needed. */
export function postcodeNode(node: PostcodeNode): NodeBehaviour {
  const prompt = (nodeId: string): MessageContent => ({
    kind: 'prompt',
    nodeId,
    prompt: { key: node.prompt },
    input: 'postcode',
    ...(node.optional ? { optional: true } : {}),
  });
  return {
    links: [{ field: 'next', to: node.next }],
    keys: [node.prompt],
    enter: ({ nodeId, state }) => waitWithPrompt(prompt(nodeId), state),
    prompt,
    answer: (input, ctx) =>
      typedAnswer(node, input, ctx, (text) => {
        const district = parsePostcodeDistrict(text);
        return district ? { value: district } : { reject: { key: ENGINE_KEYS.postcodeInvalid } };
      }),
  };
}
