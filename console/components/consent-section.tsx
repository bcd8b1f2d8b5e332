import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../model/console-i18n.js';
import { consentStatus } from '../model/consent-status.js';
import { routeHash } from '../model/route-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { EnquiryForm } from './enquiry-form.js';
import { EnquiryCreated } from './enquiry-created.js';
import { ProblemLine } from './problem-line.js';

/**
 * Early Help consent for the open conversation: where it stands, recording a withdrawal the
 * family said by phone, and opening an enquiry once (and only while) they have said yes.
 */
export function ConsentSection({ workspace }: { workspace: WorkspaceModel }) {
  const { conversation, consentWork } = workspace;
  const detail = conversation.detail.value;
  const [formOpen, setFormOpen] = useState(false);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirmingWithdraw) confirmRef.current?.focus();
  }, [confirmingWithdraw]);
  if (!detail) return null;

  const status = consentStatus(detail.consent);
  const created = consentWork.created.value;
  const saving = consentWork.state.value === 'saving';
  const canOpen = status === 'yes' && !detail.enquiryId && !created;
  const consent = detail.consent && !detail.consent.withdrawn ? detail.consent : null;

  async function withdraw() {
    if (!consent || !detail) return;
    if (await consentWork.withdraw(detail.conversationId, consent.id)) setConfirmingWithdraw(false);
  }
  function closeForm() {
    setFormOpen(false);
    openRef.current?.focus();
  }

  return (
    <section class="consent-section" aria-labelledby="consent-heading">
      <h3 id="consent-heading">{t('consent.heading')}</h3>
      <p class={`consent-status consent-${status}`}>
        {t('consent.statusLabel')} <strong>{t(`consent.status.${status}`)}</strong>
      </p>
      {status === 'not-asked' || status === 'asked' ? <p class="hint">{t('consent.askHint')}</p> : null}
      <div role="status" class="enquiry-result">
        {created ? <EnquiryCreated enquiry={created} /> : null}
        {consentWork.withdrawn.value ? <p class="notice notice-success">{t('consent.withdrawDone')}</p> : null}
      </div>
      <ProblemLine problem={consentWork.problem.value} template="enquiry.failed" />
      {detail.enquiryId && !created ? (
        <p>
          {t('enquiry.exists')} <a href={routeHash({ view: 'enquiries', enquiryId: detail.enquiryId })}>{t('enquiry.view')}</a>
        </p>
      ) : null}
      {canOpen && !formOpen ? (
        <button ref={openRef} type="button" class="button primary" onClick={() => setFormOpen(true)}>
          {t('enquiry.open')}
        </button>
      ) : null}
      {canOpen && formOpen ? (
        <EnquiryForm
          detail={detail}
          saving={saving}
          onCancel={closeForm}
          onSubmit={async (body) => {
            if (await consentWork.create(body)) setFormOpen(false);
          }}
        />
      ) : null}
      {consent && !confirmingWithdraw ? (
        <button type="button" class="button" onClick={() => setConfirmingWithdraw(true)}>
          {t('consent.withdraw')}
        </button>
      ) : null}
      {consent && confirmingWithdraw ? (
        <div class="confirm" role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question">{t('consent.withdrawQuestion')}</p>
          <button ref={confirmRef} type="button" class="button danger" onClick={() => void withdraw()} disabled={saving}>
            {t('consent.withdrawConfirm')}
          </button>
          <button type="button" class="button" onClick={() => setConfirmingWithdraw(false)}>
            {t('consent.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
