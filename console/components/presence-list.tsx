import type { PresenceByHub } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import { QUEUE_HUBS } from '../model/hub-filter-model.js';
import { hubLabel } from '../model/hub-label.js';
import type { StaffMember } from '../model/session-model.js';

/** Who is online per hub, so staff know whether a transfer will be picked up. */
export function PresenceList({ presence, me }: { presence: PresenceByHub; me: StaffMember }) {
  const hubs = [...QUEUE_HUBS.filter((hub) => hub !== 'shared'), 'all'];
  return (
    <section class="presence-list" aria-labelledby="presence-heading">
      <h3 id="presence-heading">{t('presence.heading')}</h3>
      <dl>
        {hubs.map((hub) => {
          const people = presence[hub] ?? [];
          return (
            <div key={hub} class="presence-hub">
              <dt>{hub === 'all' ? t('presence.allHubs') : hubLabel(hub)}</dt>
              <dd>
                {people.length
                  ? people.map((p) => (p.id === me.id ? t('presence.you', { name: p.name }) : p.name)).join(', ')
                  : t('presence.nobody')}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
