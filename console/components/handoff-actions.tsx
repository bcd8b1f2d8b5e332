import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QueueLocality } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import { QUEUE_HUBS } from '../model/hub-filter-model.js';
import { hubLabel } from '../model/hub-label.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { useFocusRescue } from './use-focus-rescue.js';

/** Claim, release, transfer, end and Early Help consent, offered only when they can work. */
export function HandoffActions({ workspace }: { workspace: WorkspaceModel }) {
  const { conversation } = workspace;
  const handoff = conversation.handoff.value;
  const holds = conversation.holdsHandoff.value;
  const consent = conversation.detail.value?.consent;
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useFocusRescue(groupRef, 'conversation-heading');

  useLayoutEffect(() => {
    if (confirmingEnd) confirmRef.current?.focus();
  }, [confirmingEnd]);
  useEffect(() => setConfirmingEnd(false), [holds]);

  if (!handoff || handoff.status === 'ended' || handoff.status === 'callback') return null;
  const canTransfer = handoff.status === 'waiting' || holds;
  const targets = QUEUE_HUBS.filter((hub) => hub !== handoff.locality);

  function transfer(event: SubmitEvent) {
    event.preventDefault();
    const locality = new FormData(event.currentTarget as HTMLFormElement).get('locality');
    if (typeof locality === 'string' && locality) conversation.transfer(locality as QueueLocality);
  }

  return (
    <div class="handoff-actions" role="group" aria-label={t('actions.label')} ref={groupRef}>
      {handoff.status === 'waiting' ? (
        <button type="button" class="button primary" onClick={conversation.claim}>
          {t('actions.claim')}
        </button>
      ) : null}
      {holds ? (
        <button type="button" class="button" onClick={conversation.release}>
          {t('actions.release')}
        </button>
      ) : null}
      {canTransfer ? (
        <form class="transfer" onSubmit={transfer}>
          <label for="transfer-hub">{t('actions.transferTo')}</label>
          <select id="transfer-hub" name="locality">
            {targets.map((hub) => (
              <option key={hub} value={hub}>
                {hubLabel(hub)}
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            {t('actions.transfer')}
          </button>
        </form>
      ) : null}
      {holds ? (
        <button type="button" class="button" onClick={conversation.requestConsent} disabled={consent?.answer === 'yes' && !consent.withdrawn}>
          {t('actions.consent')}
        </button>
      ) : null}
      {holds && !confirmingEnd ? (
        <button type="button" class="button danger" onClick={() => setConfirmingEnd(true)}>
          {t('actions.end')}
        </button>
      ) : null}
      {holds && confirmingEnd ? (
        <div class="confirm" role="group" aria-labelledby="confirm-end-question">
          <p id="confirm-end-question">{t('actions.endQuestion')}</p>
          <button ref={confirmRef} type="button" class="button danger" onClick={conversation.end}>
            {t('actions.endConfirm')}
          </button>
          <button type="button" class="button" onClick={() => setConfirmingEnd(false)}>
            {t('actions.cancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
