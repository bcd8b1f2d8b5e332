import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import type { EnquiriesModel } from '../model/enquiries-model.js';
import { formatWhen } from '../model/format-time.js';
import { needFromForm } from '../model/need-draft.js';
import { NeedFields } from './need-fields.js';
import { ProblemLine } from './problem-line.js';
import { FormActions } from './form-actions.js';

/** Where the enquiry sits on the Continuum of Need, every step up or down with who, when and why, and the form to step it. */
export function EnquiryLevel({ enquiries, enquiry, now }: { enquiries: EnquiriesModel; enquiry: EnquiryView; now: number }) {
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const saving = enquiries.moveState.value === 'saving';
  const stepped = enquiries.stepped.value;
  const canStep = enquiry.levelOfNeed !== null && enquiry.status !== 'closed' && !enquiry.withdrawn;
  useLayoutEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, [open]);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const need = needFromForm(form);
    const reason = form.get('reason');
    if (!need || typeof reason !== 'string') return;
    if (await enquiries.changeLevel(enquiry.id, { need, reason: reason.trim() })) setOpen(false);
  }

  return (
    <section class="enquiry-level" aria-labelledby="enquiry-level-heading">
      <h4 id="enquiry-level-heading">{t('enquiries.need.heading')}</h4>
      <p>
        {enquiry.levelOfNeed ? (
          <>
            <strong>{t(`enquiries.need.levels.${enquiry.levelOfNeed}`)}</strong>
            {enquiry.nextStep ? ` · ${t(`enquiries.need.nextSteps.${enquiry.nextStep}`)}` : null}
          </>
        ) : (
          t('enquiries.need.notYet')
        )}
      </p>
      <div role="status">{stepped ? <p class="notice notice-success">{t('enquiries.need.stepped', { level: t(`enquiries.need.levels.${stepped}`) })}</p> : null}</div>
      {enquiry.levelChanges.length ? (
        <ol class="enquiry-history">
          {enquiry.levelChanges.map((c) => (
            <li key={`${c.at}-${c.toLevel}`}>
              <strong>{t(`enquiries.need.directions.${c.direction}`)}</strong> {t(`enquiries.need.levels.${c.toLevel}`)} · {t(`enquiries.need.nextSteps.${c.nextStep}`)}
              {c.leadPractitioner ? ` · ${t('enquiries.need.leadIs', { name: c.leadPractitioner })}` : null}
              {c.socialCareReferral ? ` · ${t('enquiries.need.referralIs', c.socialCareReferral)}` : null}{' '}
              <span class="event-by">
                {t('enquiries.eventBy', { by: c.by })} <time dateTime={c.at}>{formatWhen(c.at, now)}</time>
              </span>
              {c.reason ? (
                <p class="level-reason" dir="auto">
                  {t('enquiries.need.because', { reason: c.reason })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {canStep && !open ? (
        <button type="button" class="button" onClick={() => setOpen(true)}>
          {t('enquiries.need.step')}
        </button>
      ) : null}
      {canStep && open ? (
        <form class="transition-form" ref={formRef} onSubmit={submit}>
          <ProblemLine problem={enquiries.moveState.value === 'failed' ? enquiries.problem.value : null} template="enquiries.failed" />
          <NeedFields idPrefix="step" exclude={enquiry.levelOfNeed} />
          <div class="field">
            <label for="step-reason">{t('enquiries.need.reason')}</label>
            <textarea id="step-reason" name="reason" rows={2} required maxLength={2000} />
          </div>
          <FormActions saving={saving} submitLabel={t('enquiries.need.saveStep')} cancelLabel={t('enquiries.cancel')} onCancel={() => setOpen(false)} />
        </form>
      ) : null}
    </section>
  );
}
