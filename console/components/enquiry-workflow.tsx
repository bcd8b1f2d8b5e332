import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EnquiryStatus, EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import type { EnquiriesModel } from '../model/enquiries-model.js';
import { nextStatuses } from '../model/enquiry-vocabulary.js';
import { transitionFromForm } from '../model/transition-draft.js';
import { ProblemLine } from './problem-line.js';
import { TransitionFields } from './transition-fields.js';
import { FormActions } from './form-actions.js';

/** Buttons for the moves the workflow allows now; each opens the few fields that move needs. */
export function EnquiryWorkflow({ enquiries, enquiry }: { enquiries: EnquiriesModel; enquiry: EnquiryView }) {
  const [move, setMove] = useState<EnquiryStatus | null>(null);
  const firstFieldRef = useRef<HTMLDivElement>(null);
  const moves = nextStatuses(enquiry.status, enquiry.withdrawn);
  const saving = enquiries.moveState.value === 'saving';
  const moved = enquiries.moved.value;
  useLayoutEffect(() => {
    if (move) firstFieldRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, [move]);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!move) return;
    if (await enquiries.transition(enquiry.id, transitionFromForm(move, new FormData(event.currentTarget as HTMLFormElement)))) setMove(null);
  }

  return (
    <section class="enquiry-workflow" aria-labelledby="enquiry-workflow-heading">
      <h4 id="enquiry-workflow-heading">{t('enquiries.workflow')}</h4>
      <div role="status">{moved ? <p class="notice notice-success">{t('enquiries.moved', { status: t(`enquiries.statuses.${moved}`) })}</p> : null}</div>
      <ProblemLine problem={enquiries.moveState.value === 'failed' ? enquiries.problem.value : null} template="enquiries.failed" />
      {enquiry.status === 'closed' ? <p>{t('enquiries.closedNote')}</p> : null}
      {enquiry.withdrawn && enquiry.status !== 'closed' ? <p>{t('enquiries.withdrawnOnlyClose')}</p> : null}
      {moves.length ? (
        <div class="workflow-buttons">
          {moves.map((to) => (
            <button key={to} type="button" class={`button${to === move ? ' primary' : ''}`} aria-pressed={to === move} onClick={() => setMove(to)}>
              {t(`enquiries.moveTo.${to}`)}
            </button>
          ))}
        </div>
      ) : null}
      {move ? (
        <form class="transition-form" onSubmit={submit}>
          <div ref={firstFieldRef}>
            <TransitionFields move={move} />
          </div>
          <FormActions
            saving={saving}
            submitLabel={t('enquiries.confirm', { move: t(`enquiries.moveTo.${move}`) })}
            cancelLabel={t('enquiries.cancel')}
            onCancel={() => setMove(null)}
          />
        </form>
      ) : null}
    </section>
  );
}
