import { t } from '../model/console-i18n.js';
import type { EnquiriesModel } from '../model/enquiries-model.js';
import { formatWhen } from '../model/format-time.js';
import { hubLabel } from '../model/hub-label.js';
import { routeHash } from '../model/route-model.js';

/** Every enquiry this person may work, as a table a screen reader can walk by column. */
export function EnquiryList({ enquiries, now }: { enquiries: EnquiriesModel; now: number }) {
  const list = enquiries.list.value;
  const state = enquiries.listState.value;
  return (
    <>
      <div role="status" class="load-state">
        {state === 'loading' ? <p>{t('enquiries.loading')}</p> : null}
        {state === 'ready' && list.length === 0 ? <p class="empty">{t('enquiries.empty')}</p> : null}
      </div>
      {list.length ? (
        <table class="data-table">
          <caption>{t('enquiries.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('enquiries.reference')}</th>
              <th scope="col">{t('enquiries.status')}</th>
              <th scope="col">{t('enquiries.hub')}</th>
              <th scope="col">{t('enquiries.created')}</th>
              <th scope="col">{t('enquiries.withdrawn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <a href={routeHash({ view: 'enquiries', enquiryId: e.id })} aria-label={t('enquiries.openLabel', { reference: e.reference })}>
                    {e.reference}
                  </a>
                </th>
                <td>{t(`enquiries.statuses.${e.status}`)}</td>
                <td>{e.locality === 'any' ? t('enquiry.localityAny') : hubLabel(e.locality)}</td>
                <td>
                  <time dateTime={e.createdAt}>{formatWhen(e.createdAt, now)}</time>
                </td>
                <td>{e.withdrawn ? <strong class="badge badge-urgent">{t('enquiries.withdrawnYes')}</strong> : t('enquiries.withdrawnNo')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
