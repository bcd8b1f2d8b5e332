import { t } from '../model/console-i18n.js';
import { hubLabel } from '../model/hub-label.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { HubFilter } from './hub-filter.js';
import { PresenceList } from './presence-list.js';
import { QueueEntryCard } from './queue-entry-card.js';
import { UrgentLane } from './urgent-lane.js';

/** The live queue, one group per watched hub, then who is online. */
export function QueuePanel({ workspace }: { workspace: WorkspaceModel }) {
  const { queue, filter, conversation, me } = workspace;
  const groups = queue.groups.value;
  const now = workspace.clock.now.value;
  const openId = conversation.conversationId.value;

  return (
    <section class="panel queue-panel" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('queue.heading')}</h2>
      <UrgentLane workspace={workspace} />
      <HubFilter filter={filter} idPrefix="queue-hub" />
      {groups.length === 0 ? <p class="empty">{t('queue.noHubs')}</p> : null}
      {groups.map((group) => (
        <section key={group.hub} class="queue-group" aria-labelledby={`queue-group-${group.hub}`}>
          <h3 id={`queue-group-${group.hub}`}>
            {hubLabel(group.hub)} <span class="count">{t('queue.families', { count: group.entries.length })}</span>
          </h3>
          {group.entries.length === 0 ? (
            <p class="empty">{t('queue.empty')}</p>
          ) : (
            <ul class="queue-list">
              {group.entries.map((entry) => (
                <QueueEntryCard
                  key={entry.handoffId}
                  entry={entry}
                  me={me}
                  now={now}
                  isOpen={entry.conversationId === openId}
                  onOpen={() => workspace.openConversation(entry.conversationId)}
                  onClaim={() => workspace.claim(entry)}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
      <PresenceList presence={queue.presence.value} me={me} />
    </section>
  );
}
