import type { EnquiryEventView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';

const statusName = (status: string | null) => (status ? t(`enquiries.statuses.${status}`, { defaultValue: status }) : '');

/** Every recorded step, oldest first: who moved the enquiry, when, and from what to what. */
export function EnquiryHistory({ events, now }: { events: EnquiryEventView[]; now: number }) {
  return (
    <section aria-labelledby="enquiry-history-heading">
      <h4 id="enquiry-history-heading">{t('enquiries.history')}</h4>
      <ol class="enquiry-history">
        {events.map((e, index) => (
          <li key={`${e.at}-${index}`}>
            <strong>{t(`enquiries.events.${e.type.replace('enquiry.', '')}`, { defaultValue: e.type })}</strong>{' '}
            {e.fromStatus && e.toStatus ? t('enquiries.eventMove', { from: statusName(e.fromStatus), to: statusName(e.toStatus) }) : null}{' '}
            <span class="event-by">
              {t('enquiries.eventBy', { by: e.byName ? `${e.byName} (${t(`roles.${e.byRole}`, { defaultValue: e.byRole })})` : e.by })}{' '}
              <time dateTime={e.at}>{formatWhen(e.at, now)}</time>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
