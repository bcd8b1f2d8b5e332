import type { ConversationDetail } from '../../server/protocol/index.js';
import { alertLabel } from '../model/alert-label.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import { hubLabel } from '../model/hub-label.js';
import { interpreterLanguage } from '../model/language-label.js';
import type { StaffMember } from '../model/session-model.js';
import { LanguageName } from './language-name.js';

/** What the family told the flow, laid out so staff can pick up without asking again. */
export function IntakeSummary({ detail, me, now }: { detail: ConversationDetail; me: StaffMember; now: number }) {
  const { summary } = detail;
  const notGiven = <span class="not-given">{t('summary.notGiven')}</span>;
  const interpreter = interpreterLanguage(detail.language, me.languages, detail.interpreterNeeded);
  const where = [summary.postcodeDistrict, summary.locality === 'any' ? null : hubLabel(summary.locality)].filter(Boolean).join(' · ');

  return (
    <section class="intake-summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">{t('summary.heading')}</h3>
      {detail.safeguarding.length ? (
        <div class="safeguarding-flags">
          <h4>{t('summary.safeguarding')}</h4>
          <ul>
            {/* One line per flagged message, not per rule that matched it (stored most urgent first). */}
            {detail.safeguarding
              .filter((flag, index, all) => !flag.messageId || all.findIndex((f) => f.messageId === flag.messageId) === index)
              .map((flag) => (
              <li key={`${flag.at}-${flag.severity}-${flag.category ?? ''}`}>
                <strong>{alertLabel(flag.severity, flag.category)}</strong> {t('summary.flagAt', { time: formatWhen(flag.at, now) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl class="summary-list">
        <dt>{t('summary.who')}</dt>
        <dd>{summary.who ? t(`common:askers.${summary.who}`, { defaultValue: summary.who }) : notGiven}</dd>
        <dt>{t('summary.childAges')}</dt>
        <dd>{summary.childAges.length ? summary.childAges.map((age) => t(`common:ageBands.${age}`, { defaultValue: age })).join(', ') : notGiven}</dd>
        <dt>{t('summary.needs')}</dt>
        <dd>
          {summary.needs.length ? (
            <ul class="inline-list">
              {summary.needs.map((need) => (
                <li key={need}>{t(`common:needs.${need}`, { defaultValue: need })}</li>
              ))}
            </ul>
          ) : (
            notGiven
          )}
        </dd>
        <dt>{t('summary.where')}</dt>
        <dd>{where || notGiven}</dd>
        <dt>{t('summary.urgency')}</dt>
        <dd>
          {detail.urgent ? (
            <span class="badge badge-urgent">
              {detail.urgentReason ? t('queue.urgentBecause', { reason: t(`severity.${detail.urgentReason}`, { defaultValue: detail.urgentReason }) }) : t('queue.urgent')}
            </span>
          ) : null}{' '}
          {summary.urgency ? t(`common:urgency.${summary.urgency}`, { defaultValue: summary.urgency }) : detail.urgent ? null : notGiven}
        </dd>
        <dt>{t('summary.language')}</dt>
        <dd>
          <LanguageName tag={detail.language} />
          {interpreter ? (
            <span class="badge badge-interpreter">
              {t('queue.interpreter')} <LanguageName tag={interpreter} />
            </span>
          ) : null}
        </dd>
        <dt>{t('summary.ownWords')}</dt>
        <dd>{summary.ownWords ? <blockquote class="own-words" dir="auto">{summary.ownWords}</blockquote> : notGiven}</dd>
      </dl>
    </section>
  );
}
