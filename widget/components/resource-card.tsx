import type { ResourceCard } from '../../server/protocol/index.js';
import { entryText } from '../model/entry-text.js';
import { formatOpeningHours } from '../../client-core/opening-hours.js';
import type { WidgetModel } from '../model/widget-model.js';
import { ExternalLink, PhoneLink } from './contact-links.js';

type Props = { card: ResourceCard; model: WidgetModel; speaksLanguage: boolean };

/** Marks text shown in English to a family reading another language; `lang` lets a screen reader switch voice. */
function InEnglish({ model, text }: { model: WidgetModel; text: string }) {
  return (
    <>
      <span class="in-english">{model.translator.t('resources:card.inEnglish')}</span>{' '}
      <bdi lang="en" dir="ltr">
        {text}
      </bdi>
    </>
  );
}

/** One Getting Advice service. Names, numbers and addresses are proper nouns: isolated, never translated. */
export function ResourceCardItem({ card, model, speaksLanguage }: Props) {
  const { t } = model.translator;
  const reading = model.translator.lang.value;
  const summary = entryText(model.translator, card.id, 'summary', card.summary);
  const eligibility = card.referralCriteria ? entryText(model.translator, card.id, 'eligibility', card.referralCriteria) : undefined;
  const hours = card.schedule?.length ? formatOpeningHours(card.schedule, reading) : undefined;
  return (
    <li class="card">
      <h3>
        <bdi>{card.name}</bdi>
      </h3>
      {speaksLanguage && <p class="badge">{t('resources:card.speaksYourLanguage')}</p>}
      <p dir="auto">{summary.inEnglish ? <InEnglish model={model} text={summary.text} /> : summary.text}</p>
      <ul class="facts">
        {eligibility && (
          <li>
            {t('resources:card.referral')}: {eligibility.inEnglish ? <InEnglish model={model} text={eligibility.text} /> : eligibility.text}
          </li>
        )}
        {card.delivery?.length ? (
          <li>
            {t('resources:card.delivery')}: {card.delivery.map((mode) => t(`resources:delivery.${mode}`)).join(' · ')}
          </li>
        ) : null}
        {card.phone && (
          <li>
            {t('resources:card.call')}: <PhoneLink number={card.phone} />
          </li>
        )}
        {card.website && (
          <li>
            <ExternalLink href={card.website} newTabText={t('resources:card.opensInNewTab')}>
              {t('resources:card.website')}
            </ExternalLink>
          </li>
        )}
        {card.email && (
          <li>
            {t('resources:card.email')}:{' '}
            <a href={`mailto:${card.email}`}>
              <bdi dir="ltr">{card.email}</bdi>
            </a>
          </li>
        )}
        {hours ? (
          <li>
            {t('resources:card.openingHours')}:{' '}
            {hours.map((line) => (
              <span key={line} class="hours">
                <bdi>{line}</bdi>
              </span>
            ))}
          </li>
        ) : (
          card.openingHours && (
            <li>
              {t('resources:card.openingHours')}: {reading === 'en' ? <bdi>{card.openingHours}</bdi> : <InEnglish model={model} text={card.openingHours} />}
            </li>
          )
        )}
        {card.address && (
          <li>
            {t('resources:card.address')}: <bdi>{card.address}</bdi>
          </li>
        )}
        {card.cost && (
          <li>
            {t('resources:cost.label')}: {t(`resources:cost.${card.cost}`)}
          </li>
        )}
      </ul>
    </li>
  );
}
