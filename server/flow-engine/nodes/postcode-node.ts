import type { MessageContent } from '../../protocol/content.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import type { PostcodeNode } from '../flow-schema.js';
import { messageOutput, waitWithPrompt, type NodeBehaviour } from '../node-outcome.js';
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
    answer(input, ctx) {
      const outcome = typedAnswer(node, input, ctx, (text) => {
        const district = parsePostcodeDistrict(text);
        return district ? { value: district } : { reject: { key: ENGINE_KEYS.postcodeInvalid } };
      });
      const district = outcome.type === 'goto' ? outcome.accepted?.values[0] : undefined;
      // The family sees only the district echoed back: say why, so it does not look like a mistake.
      if (outcome.type !== 'goto' || !district) return outcome;
      return { ...outcome, outputs: [...outcome.outputs, messageOutput({ kind: 'localised', text: { key: ENGINE_KEYS.postcodeKept, params: { district } } })] };
    },
  };
}
