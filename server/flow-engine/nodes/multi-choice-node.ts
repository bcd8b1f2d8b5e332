import type { MessageContent } from '../../protocol/content.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import type { MultiChoiceNode } from '../flow-schema.js';
import { rejected, saveAnswer, waitWithPrompt, type NodeBehaviour, type NodeOutcome } from '../node-outcome.js';
import { pickOptions, promptOptions } from './pick-options.js';
import { typedChoice } from './typed-choice.js';

export function multiChoiceNode(node: MultiChoiceNode): NodeBehaviour {
  const min = node.min ?? 1;
  const max = node.max ?? node.options.length;
  const prompt = (nodeId: string): MessageContent => ({
    kind: 'prompt',
    nodeId,
    prompt: { key: node.prompt },
    input: 'multi-choice',
    options: promptOptions(node.options),
    ...(min === 0 ? { optional: true } : {}),
    min,
    max,
  });
  return {
    links: [{ field: 'next', to: node.next }],
    keys: [node.prompt, ...node.options.map((o) => o.label)],
    enter: ({ nodeId, state }) => waitWithPrompt(prompt(nodeId), state),
    prompt,
    answer(input, ctx) {
      const choose = (values: string[]): NodeOutcome => {
        const picked = pickOptions(node.options, values);
        if (!picked) return rejected(ENGINE_KEYS.chooseFromOptions);
        if (picked.length < min) return rejected(ENGINE_KEYS.chooseAtLeast, { count: min });
        if (picked.length > max) return rejected(ENGINE_KEYS.chooseAtMost, { count: max });
        const accepted = { nodeId: ctx.nodeId, values: picked.map((o) => o.value), labels: picked.map((o) => o.label) };
        return saveAnswer(ctx, node.saveAs, accepted, node.next);
      };
      return input.type === 'answer' ? choose(input.values) : typedChoice(node.options, input.text, ctx.env, choose);
    },
  };
}
