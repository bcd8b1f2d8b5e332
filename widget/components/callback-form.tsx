import { useEffect, useRef, useState } from 'preact/hooks';
import { contactProblem } from '../../server/protocol/contact-rules.js';
import type { CallbackDetails } from '../model/conversation-model.js';
import type { WidgetModel } from '../model/widget-model.js';

type Method = CallbackDetails['contactMethod'];
interface FieldProblem {
  field: string;
  key: string;
}
const METHODS: readonly Method[] = ['phone', 'text', 'email'];

/** When no one can pick up now: how and when the hub should get back to the family. */
export function CallbackForm({ model, onDone }: { model: WidgetModel; onDone: () => void }) {
  const { t } = model.translator;
  const first = useRef<HTMLInputElement>(null);
  const [method, setMethod] = useState<Method>('phone');
  const [value, setValue] = useState('');
  const [time, setTime] = useState('');
  const [allowed, setAllowed] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.focus(), []);
  // GOV.UK pattern: after a failed submit the summary takes focus and lists every problem at once.
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);

  function submit(event: Event): void {
    event.preventDefault();
    const found: FieldProblem[] = [];
    const typed = value.trim();
    const contactIssue = typed === '' ? 'needContact' : contactProblem(method, typed);
    if (contactIssue) found.push({ field: 'fd-callback-value', key: `callback.${contactIssue}` });
    if (!allowed) found.push({ field: 'fd-callback-permission', key: 'callback.needPermission' });
    setProblems(found);
    if (found.length > 0) return;
    model.chat.requestCallback({
      contactMethod: method,
      contactValue: value.trim(),
      ...(time.trim() ? { preferredTime: time.trim() } : {}),
      permissionToContact: true,
    });
    onDone();
  }

  const problemFor = (field: string) => problems.find((p) => p.field === field);
  const contactIssue = problemFor('fd-callback-value');
  const contact = {
    id: 'fd-callback-value',
    class: 'input',
    dir: 'ltr' as const,
    value,
    onInput: (event: Event) => setValue((event.currentTarget as HTMLInputElement).value),
    'aria-invalid': contactIssue ? ('true' as const) : undefined,
    'aria-describedby': contactIssue ? 'fd-callback-value-error' : undefined,
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="fd-callback-title">
      <h3 id="fd-callback-title">{t('callback.title')}</h3>
      {problems.length > 0 && (
        <div class="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="fd-callback-problems">
          <h4 id="fd-callback-problems">{t('callback.problems')}</h4>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${p.field}`} onClick={(event) => (event.preventDefault(), summary.current?.parentElement?.querySelector<HTMLElement>(`#${p.field}`)?.focus())}>
                  {t(p.key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
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
        {contactIssue && (
          <p id="fd-callback-value-error" class="error">
            {t(contactIssue.key)}
          </p>
        )}
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
      {problemFor('fd-callback-permission') && (
        <p id="fd-callback-permission-error" class="error">
          {t('callback.needPermission')}
        </p>
      )}
      <label class="check">
        <input
          id="fd-callback-permission"
          type="checkbox"
          checked={allowed}
          aria-invalid={problemFor('fd-callback-permission') ? 'true' : undefined}
          aria-describedby={problemFor('fd-callback-permission') ? 'fd-callback-permission-error' : undefined}
          onChange={(event) => setAllowed(event.currentTarget.checked)}
        />
        <span>{t('callback.permission')}</span>
      </label>
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
