import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallbackDetails } from '../model/conversation-model.js';
import type { WidgetModel } from '../model/widget-model.js';

type Method = CallbackDetails['contactMethod'];
const METHODS: readonly Method[] = ['phone', 'text', 'email'];

/** When no one can pick up now: how and when the hub should get back to the family. */
export function CallbackForm({ model, onDone }: { model: WidgetModel; onDone: () => void }) {
  const { t } = model.translator;
  const first = useRef<HTMLInputElement>(null);
  const [method, setMethod] = useState<Method>('phone');
  const [value, setValue] = useState('');
  const [time, setTime] = useState('');
  const [allowed, setAllowed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);

  function submit(event: Event): void {
    event.preventDefault();
    if (value.trim().length < 3) return setProblem('callback.needContact');
    if (!allowed) return setProblem('callback.needPermission');
    model.chat.requestCallback({
      contactMethod: method,
      contactValue: value.trim(),
      ...(time.trim() ? { preferredTime: time.trim() } : {}),
      permissionToContact: true,
    });
    onDone();
  }

  const contact = {
    id: 'fd-callback-value',
    class: 'input',
    dir: 'ltr' as const,
    value,
    onInput: (event: Event) => setValue((event.currentTarget as HTMLInputElement).value),
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="fd-callback-title">
      <h3 id="fd-callback-title">{t('callback.title')}</h3>
      <fieldset>
        <legend>{t('callback.how')}</legend>
        {METHODS.map((m, index) => (
          <label key={m} class="check">
            <input ref={index === 0 ? first : undefined} type="radio" name="fd-method" checked={method === m} onChange={() => setMethod(m)} />
            <span>{t(`callback.method.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      <div>
        <label class="field-label" for="fd-callback-value">
          {t(method === 'email' ? 'callback.emailLabel' : 'callback.phoneLabel')}
        </label>
        {method === 'email' ? (
          <input {...contact} type="email" autocomplete="email" />
        ) : (
          <input {...contact} type="tel" autocomplete="tel" />
        )}
      </div>
      <div>
        <label class="field-label" for="fd-callback-time">
          {t('callback.timeLabel')}
        </label>
        <input id="fd-callback-time" class="input" type="text" dir="auto" value={time} onInput={(event) => setTime(event.currentTarget.value)} />
      </div>
      <label class="check">
        <input type="checkbox" checked={allowed} onChange={(event) => setAllowed(event.currentTarget.checked)} />
        <span>{t('callback.permission')}</span>
      </label>
      {problem && (
        <p class="error" role="alert">
          {t(problem)}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button primary">
          {t('callback.submit')}
        </button>
        <button type="button" class="button link" onClick={onDone}>
          {t('callback.cancel')}
        </button>
      </div>
    </form>
  );
}
