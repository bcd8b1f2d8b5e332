import { t } from '../model/console-i18n.js';
import { hubLabel } from '../model/hub-label.js';
import type { WorkspaceModel } from '../model/workspace-model.js';

/** Where the handoff stands, and whether the family is still there to read replies. */
export function HandoffStatusLine({ workspace }: { workspace: WorkspaceModel }) {
  const { conversation, me } = workspace;
  const handoff = conversation.handoff.value;
  const online = conversation.familyOnline.value;
  const view = conversation.familyView.value;

  let status: string;
  if (!handoff) status = t('handoff.none');
  else if (handoff.status === 'waiting') status = t('handoff.waiting', { hub: hubLabel(handoff.locality) });
  else if (handoff.status === 'active')
    status = handoff.claimedBy === me.id ? t('handoff.withYou') : t('handoff.withSomeone', { name: handoff.claimedByName ?? t('handoff.someone') });
  else status = t(`handoff.${handoff.status}`);

  return (
    <div class="handoff-status">
      <p class={`status-pill status-${handoff?.status ?? 'none'}`}>{status}</p>
      <p class={online ? 'presence is-online' : 'presence is-offline'}>
        {online ? t('presence.familyOnline') : t('presence.familyOfflineLong')}
      </p>
      {view?.status === 'waiting' && view.position ? <p class="hint">{t('handoff.familyPosition', { position: view.position })}</p> : null}
    </div>
  );
}
