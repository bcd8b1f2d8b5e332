import type { PromptMessage } from '../model/message-log.js';
import type { WidgetModel } from '../model/widget-model.js';
import { MultiChoicePrompt } from './multi-choice-prompt.js';
import { SkipButton } from './skip-button.js';
import { TextReply } from './text-reply.js';

type Props = { prompt: PromptMessage; model: WidgetModel };

/**
 * The control for the prompt awaiting an answer. The question itself is in the log; here it is
 * repeated only for screen readers, as the group's name.
 */
export function PromptControls({ prompt, model }: Props) {
  const { t } = model.translator;
  const { content } = prompt;
  const question = t(content.prompt.key, content.prompt.params);
  switch (content.input) {
    case 'choice':
      return <ChoicePrompt prompt={prompt} model={model} question={question} />;
    case 'multi-choice':
      return <MultiChoicePrompt prompt={prompt} model={model} question={question} />;
    case 'free-text':
    case 'postcode':
      return <TextReply model={model} mode={content.input} question={question} optionalNodeId={content.optional ? content.nodeId : undefined} />;
    default: {
      const unknown: never = content.input;
      void unknown;
      return null;
    }
  }
}

function ChoicePrompt({ prompt, model, question }: Props & { question: string }) {
  const { t } = model.translator;
  const { nodeId, options = [], optional } = prompt.content;
  return (
    <div role="group" aria-labelledby="fd-question">
      <p id="fd-question" class="sr-only">
        {question}
      </p>
      <div class="choices">
        {options.map((option, index) => (
          <button
            key={option.value}
            type="button"
            class="button"
            data-first-control={index === 0 ? '' : undefined}
            onClick={() => model.chat.answer(nodeId, [option.value], [option.label])}
          >
            {t(option.label)}
          </button>
        ))}
        {optional && <SkipButton model={model} nodeId={nodeId} />}
      </div>
    </div>
  );
}
