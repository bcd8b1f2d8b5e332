import { useState } from 'preact/hooks';
import type { PromptMessage } from '../model/message-log.js';
import type { WidgetModel } from '../model/widget-model.js';
import { SkipButton } from './skip-button.js';

type Props = { prompt: PromptMessage; model: WidgetModel; question: string };

/** Several answers at once (ages, worries): a fieldset of checkboxes and a Done button. */
export function MultiChoicePrompt({ prompt, model, question }: Props) {
  const { t } = model.translator;
  const { nodeId, options = [], optional } = prompt.content;
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [missing, setMissing] = useState(false);

  function toggle(value: string, on: boolean): void {
    setMissing(false);
    setChosen((current) => (on ? [...current, value] : current.filter((v) => v !== value)));
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (!chosen.length) {
      setMissing(true);
      return;
    }
    // Keep the options' order, not the order they were ticked in.
    const picked = options.filter((o) => chosen.includes(o.value));
    model.chat.answer(nodeId, picked.map((o) => o.value), picked.map((o) => o.label));
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset aria-describedby={missing ? 'fd-multi-error' : undefined}>
        <legend>
          <span class="sr-only">{question} </span>
          {t('prompt.chooseAll')}
        </legend>
        {options.map((option, index) => (
          <label key={option.value} class="check">
            <input
              type="checkbox"
              data-first-control={index === 0 ? '' : undefined}
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <span>{t(option.label)}</span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p id="fd-multi-error" class="error" role="alert">
          {t(optional ? 'prompt.chooseOneOrSkip' : 'prompt.chooseOne')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button primary">
          {t('prompt.done')}
        </button>
        {optional && <SkipButton model={model} nodeId={nodeId} />}
      </div>
    </form>
  );
}
