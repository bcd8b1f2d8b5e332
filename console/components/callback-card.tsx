import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CallbackRequest, MarkDoneResult } from '../model/callbacks-model.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import { hubLabel } from '../model/hub-label.js';
import { ContactLink } from './contact-link.js';

interface Props {
  callback: CallbackRequest;
  now: number;
  onOpen(): void;
  onDone(outcome: string): Promise<MarkDoneResult>;
}

/** One promised call: who, how, by when, and "mark done" with the outcome written down. */
export function CallbackCard({ callback, now, onOpen, onDone }: Props) {
  const [marking, setMarking] = useState(false);
  const [problem, setProblem] = useState<MarkDoneResult | null>(null);
  const [saving, setSaving] = useState(false);
  const outcomeRef = useRef<HTMLTextAreaElement>(null);
  const overdue = Date.parse(callback.dueAt) < now;
  const headingId = `callback-${callback.id}`;
  const fieldId = `callback-outcome-${callback.id}`;

  useLayoutEffect(() => {
    if (marking) outcomeRef.current?.focus();
  }, [marking]);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await onDone(outcomeRef.current?.value ?? '');
    setSaving(false);
    // On success the card leaves the list; the list's own status says so.
    if (result !== 'done') {
      setProblem(result);
      outcomeRef.current?.focus();
    }
  }

  return (
    <li class={overdue ? 'callback is-overdue' : 'callback'}>
      <h3 id={headingId}>
        {t(`callbacks.method.${callback.contactMethod}`, { defaultValue: callback.contactMethod })}:{' '}
        <ContactLink method={callback.contactMethod} value={callback.contactValue} />
      </h3>
      <p class="due">
        {overdue ? <strong class="badge badge-overdue">{t('callbacks.overdue')}</strong> : null}{' '}
        {t('callbacks.due', { time: formatWhen(callback.dueAt, now) })}
      </p>
      <p class="hint">
        {hubLabel(callback.locality)} · {t('callbacks.requested', { time: formatWhen(callback.requestedAt, now) })}
      </p>
      {callback.preferredTime ? (
        <p>
          {t('callbacks.preferredTime')} <bdi dir="auto">{callback.preferredTime}</bdi>
        </p>
      ) : null}
      <div class="callback-actions">
        <button type="button" class="button" onClick={onOpen} aria-describedby={headingId}>
          {t('callbacks.viewConversation')}
        </button>
        {!marking ? (
          <button type="button" class="button primary" onClick={() => setMarking(true)} aria-describedby={headingId}>
            {t('callbacks.markDone')}
          </button>
        ) : null}
      </div>
      {marking ? (
        <form class="mark-done" onSubmit={submit} noValidate>
          <label for={fieldId}>{t('callbacks.outcome')}</label>
          <p id={`${fieldId}-hint`} class="hint">
            {t('callbacks.outcomeHint')}
          </p>
          <textarea
            ref={outcomeRef}
            id={fieldId}
            rows={3}
            required
            aria-required="true"
            aria-invalid={problem === 'outcome-required'}
            aria-describedby={`${fieldId}-hint ${fieldId}-error`}
            onInput={() => setProblem(null)}
          />
          <div role="alert" id={`${fieldId}-error`}>
            {problem ? <p class="form-error">{t(`callbacks.problem.${problem}`)}</p> : null}
          </div>
          <button type="submit" class="button primary" disabled={saving}>
            {t('callbacks.save')}
          </button>{' '}
          <button
            type="button"
            class="button"
            onClick={() => {
              setMarking(false);
              setProblem(null);
            }}
          >
            {t('callbacks.cancel')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
