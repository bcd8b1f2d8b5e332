import type { QueueEntry } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import { formatDuration } from '../model/format-time.js';
import { interpreterLanguage } from '../model/language-label.js';
import type { StaffMember } from '../model/session-model.js';
import { LanguageName } from './language-name.js';

interface Props {
  entry: QueueEntry;
  me: StaffMember;
  now: number;
  isOpen: boolean;
  onOpen(): void;
  onClaim(): void;
}

/** One family in the queue: what they need, how long they have waited, and what to watch for. */
export function QueueEntryCard({ entry, me, now, isOpen, onOpen, onClaim }: Props) {
  const describedBy = `queue-entry-${entry.handoffId}`;
  const interpreter = interpreterLanguage(entry.language, me.languages, entry.interpreterNeeded);
  const waited = formatDuration(now - Date.parse(entry.requestedAt));
  const claimedBy = entry.claimedBy === me.id ? t('queue.withYou') : entry.claimedByName ? t('queue.with', { name: entry.claimedByName }) : null;
  const classes = ['queue-entry', entry.urgent ? 'is-urgent' : '', entry.status === 'active' ? 'is-active' : '', isOpen ? 'is-open' : ''];

  return (
    <li class={classes.filter(Boolean).join(' ')} aria-current={isOpen ? 'true' : undefined}>
      <div id={describedBy} class="queue-entry-text">
        <p class="queue-entry-top">
          {entry.urgent ? (
            <span class="badge badge-urgent">
              {entry.urgentReason ? t('queue.urgentBecause', { reason: t(`severity.${entry.urgentReason}`) }) : t('queue.urgent')}
            </span>
          ) : null}
          <LanguageName tag={entry.language} />
          <span class="waited">{entry.status === 'waiting' ? t('queue.waiting', { duration: waited }) : t('queue.since', { duration: waited })}</span>
        </p>
        <p class="needs">
          {entry.needs.length ? entry.needs.map((need) => t(`common:needs.${need}`, { defaultValue: need })).join('; ') : t('queue.noNeeds')}
        </p>
        <p class="markers">
          <span class={entry.familyOnline ? 'presence is-online' : 'presence is-offline'}>
            {entry.familyOnline ? t('presence.familyOnline') : t('presence.familyOffline')}
          </span>
          {interpreter ? (
            <span class="badge badge-interpreter">
              {t('queue.interpreter')} <LanguageName tag={interpreter} />
            </span>
          ) : null}
          {claimedBy ? <span class="badge badge-claimed">{claimedBy}</span> : null}
          {isOpen ? <span class="badge badge-open">{t('queue.openNow')}</span> : null}
        </p>
      </div>
      <div class="queue-entry-actions">
        <button type="button" class="button" onClick={onOpen} aria-describedby={describedBy}>
          {t('queue.view')}
        </button>
        {entry.status === 'waiting' ? (
          <button type="button" class="button primary" onClick={onClaim} aria-describedby={describedBy}>
            {t('queue.claim')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
