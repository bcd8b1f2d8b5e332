import type { MessageContent } from '../../protocol/content.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import type { ChoiceNode } from '../flow-schema.js';
import { rejected, saveAnswer, waitWithPrompt, type NodeBehaviour, type NodeOutcome } from '../node-outcome.js';
import { pickOptions, promptOptions } from './pick-options.js';
import { typedChoice } from './typed-choice.js';

export function choiceNode(node: ChoiceNode): NodeBehaviour {
  const prompt = (nodeId: string): MessageContent => ({
    kind: 'prompt',
    nodeId,
    prompt: { key: node.prompt },
    input: 'choice',
    options: promptOptions(node.options),
  });
  return {
    links: [{ field: 'next', to: node.next }],
    keys: [node.prompt, ...node.options.map((o) => o.label)],
    enter: ({ nodeId, state }) => waitWithPrompt(prompt(nodeId), state),
    prompt,
    answer(input, ctx) {
      const choose = (values: string[]): NodeOutcome => {
        if (values.length !== 1) return rejected(ENGINE_KEYS.chooseOne);
        const picked = pickOptions(node.options, values);
        if (!picked) return rejected(ENGINE_KEYS.chooseFromOptions);
        const accepted = { nodeId: ctx.nodeId, values: picked.map((o) => o.value), labels: picked.map((o) => o.label) };
        return saveAnswer(ctx, node.saveAs, accepted, node.next);
      };
      return input.type === 'answer' ? choose(input.values) : typedChoice(node.options, input.text, ctx.env, choose);
    },
  };
}
