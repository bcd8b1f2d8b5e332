import { useRef, useState } from 'preact/hooks';
import { FAMILY_MESSAGE_MAX_CHARS } from '../../server/protocol/limits.js';
import type { WidgetModel } from '../model/widget-model.js';
import { SkipButton } from './skip-button.js';

type Props = {
  model: WidgetModel;
  /** chat: a message to staff; free-text / postcode: the answer to the active prompt. */
  mode: 'chat' | 'free-text' | 'postcode';
  question?: string;
  optionalNodeId?: string | undefined;
};

/** The counter appears once a message is this close to the limit, so nobody is surprised by it. */
const COUNTER_FROM = FAMILY_MESSAGE_MAX_CHARS - 500;

const LABELS = { chat: 'reply.messageLabel', 'free-text': 'reply.answerLabel', postcode: 'reply.postcodeLabel' } as const;

/** A labelled box and Send. Enter sends; Shift+Enter starts a new line in longer answers. */
export function TextReply({ model, mode, question, optionalNodeId }: Props) {
  const { t } = model.translator;
  const { chat } = model;
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const liveChat = chat.handoff.value.status === 'active';
  const showCounter = mode !== 'postcode' && text.length >= COUNTER_FROM;
  const describedBy = [question ? 'fd-question' : '', mode === 'postcode' ? 'fd-postcode-hint' : '', empty ? 'fd-empty' : '', showCounter ? 'fd-counter' : '']
    .filter(Boolean)
    .join(' ');

  function submit(event?: Event): void {
    event?.preventDefault();
    const value = text.trim();
    if (!value) {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    chat.sendText(value);
    setText('');
    setEmpty(false);
  }

  function onInput(value: string): void {
    setText(value);
    setEmpty(false);
    // Only staff see typing; the scripted flow does not need it, and it costs data.
    if (liveChat) chat.setTyping(value.length > 0);
  }

  const common = {
    id: 'fd-reply',
    class: 'input',
    ref: field,
    value: text,
    'data-first-control': '',
    'aria-describedby': describedBy || undefined,
    'aria-invalid': empty || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };

  return (
    <form onSubmit={submit} noValidate>
      {question && (
        <p id="fd-question" class="sr-only">
          {question}
        </p>
      )}
      <label class="field-label" for="fd-reply">
        {t(LABELS[mode])}
      </label>
      {mode === 'postcode' && (
        <p id="fd-postcode-hint" class="hint">
          {t('reply.postcodeHint')}
        </p>
      )}
      {empty && (
        <p id="fd-empty" class="error">
          {t('reply.empty')}
        </p>
      )}
      <div class="send-row">
        {mode === 'postcode' ? (
          <input {...common} type="text" autocomplete="postal-code" autocapitalize="characters" spellcheck={false} dir="ltr" maxLength={10} />
        ) : (
          <textarea
            {...common}
            rows={2}
            dir="auto"
            maxLength={FAMILY_MESSAGE_MAX_CHARS}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
            }}
          />
        )}
        <button type="submit" class="button primary">
          {t('reply.send')}
        </button>
      </div>
      {showCounter && (
        // Polite and only near the limit: a screen reader hears the count when it matters, not on every key.
        <p id="fd-counter" class="hint" aria-live="polite">
          {t('reply.counter', { used: text.length, max: FAMILY_MESSAGE_MAX_CHARS })}
        </p>
      )}
      {optionalNodeId && <SkipButton model={model} nodeId={optionalNodeId} />}
    </form>
  );
}
