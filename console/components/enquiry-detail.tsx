import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import type { EnquiriesModel } from '../model/enquiries-model.js';
import { formatWhen } from '../model/format-time.js';
import { hubLabel } from '../model/hub-label.js';
import { EnquiryHistory } from './enquiry-history.js';
import { EnquiryLevel } from './enquiry-level.js';
import { EnquiryWorkflow } from './enquiry-workflow.js';
import { LanguageName } from './language-name.js';
import { RequestFrom } from './request-from.js';

/** One enquiry: what was recorded, where it stands, how it got there, and what can happen next. */
export function EnquiryDetail({ enquiries, enquiry, now }: { enquiries: EnquiriesModel; enquiry: EnquiryView; now: number }) {
  const d = enquiry.details;
  const notGiven = <span class="not-given">{t('summary.notGiven')}</span>;
  const list = (items: string[], key: string) => (items.length ? items.map((i) => t(`${key}.${i}`, { defaultValue: i })).join(', ') : notGiven);
  return (
    <article class="enquiry-detail" aria-labelledby="enquiry-detail-heading">
      <h3 id="enquiry-detail-heading">{t('enquiries.detailHeading', { reference: enquiry.reference })}</h3>
      <RequestFrom enquiry={enquiry} />
      <p>
        {t('enquiries.status')}: <strong>{t(`enquiries.statuses.${enquiry.status}`)}</strong>
        {enquiry.withdrawnAt ? <strong class="badge badge-urgent">{t('enquiries.withdrawnAt', { time: formatWhen(enquiry.withdrawnAt, now) })}</strong> : null}
      </p>
      <h4>{t('enquiries.details')}</h4>
      <dl class="summary-list">
        <dt>{t('enquiry.who')}</dt>
        <dd>{d.whoIsAsking ? t(`common:askers.${d.whoIsAsking}`, { defaultValue: d.whoIsAsking }) : notGiven}</dd>
        <dt>{t('enquiry.needs')}</dt>
        <dd>
          {list(d.needs, 'common:needs')}
          {d.otherNeeds ? <p dir="auto">{d.otherNeeds}</p> : null}
        </dd>
        <dt>{t('enquiry.childAges')}</dt>
        <dd>{list(d.childAgeBands, 'common:ageBands')}</dd>
        <dt>{t('enquiry.locality')}</dt>
        <dd>{[d.postcodeDistrict, d.locality === 'any' ? t('enquiry.localityAny') : hubLabel(d.locality)].filter(Boolean).join(' · ')}</dd>
        <dt>{t('enquiry.language')}</dt>
        <dd>
          <LanguageName tag={d.language} />
          {d.interpreterNeeded ? <span class="badge badge-interpreter">{t('enquiries.interpreter', { language: d.interpreterLanguage ?? '' })}</span> : null}
        </dd>
        <dt>{t('enquiry.urgencyLabel')}</dt>
        <dd>{d.urgency ? t(`enquiry.urgency.${d.urgency}`) : notGiven}</dd>
        <dt>{t('enquiries.contact')}</dt>
        <dd>
          {d.contact
            ? [
                t(`enquiry.contactMethods.${d.contact.method}`),
                d.contact.value,
                d.contact.preferredTime ? t('enquiries.preferredTime', { time: d.contact.preferredTime }) : null,
                d.contact.safeToLeaveMessage === undefined ? null : t(d.contact.safeToLeaveMessage ? 'enquiries.safeYes' : 'enquiries.safeNo'),
              ]
                .filter(Boolean)
                .join(' · ')
            : notGiven}
        </dd>
        <dt>{t('enquiries.safeguardingFlags')}</dt>
        <dd>{list(d.safeguardingFlags, 'severity')}</dd>
        <dt>{t('enquiries.familyOwnWords')}</dt>
        <dd>{d.familyOwnWords ? <blockquote class="own-words" dir="auto">{d.familyOwnWords}</blockquote> : notGiven}</dd>
        <dt>{t('enquiry.staffNotes')}</dt>
        <dd>{d.staffNotes ? <p dir="auto">{d.staffNotes}</p> : notGiven}</dd>
        {enquiry.allocatedTo ? (
          <>
            <dt>{t('enquiries.allocatedTo')}</dt>
            <dd>
              {t(`enquiries.allocatedKinds.${enquiry.allocatedTo.kind}`)}: {enquiry.allocatedTo.name}
            </dd>
          </>
        ) : null}
        {enquiry.outcome ? (
          <>
            <dt>{t('enquiries.outcome')}</dt>
            <dd>{t(`enquiries.outcomes.${enquiry.outcome}`, { defaultValue: enquiry.outcome })}</dd>
          </>
        ) : null}
      </dl>
      <EnquiryLevel enquiries={enquiries} enquiry={enquiry} now={now} />
      <EnquiryWorkflow enquiries={enquiries} enquiry={enquiry} />
      <EnquiryHistory events={enquiry.events} now={now} />
    </article>
  );
}
