import type { MessageContent, ResourceCard } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';
import { ExternalLink, PhoneLink } from './contact-links.js';

type Props = { content: Extract<MessageContent, { kind: 'resources' }>; model: WidgetModel };

/** "Speaks your language": the card lists the family's language, or its base language. */
function speaks(card: ResourceCard, language: string | undefined): boolean {
  if (!language || language === 'en') return false;
  const base = language.split('-')[0];
  return card.languages.some((l) => l === language || l === base);
}

/**
 * Getting Advice services matched to the family. Names, numbers, addresses and links come from
 * the catalogue (English or mixed scripts), so each is bidi-isolated inside the family's text.
 */
export function ResourceCards({ content, model }: Props) {
  const { t } = model.translator;
  const language = model.choice.value?.language;
  if (!content.cards.length) {
    return (
      <div class="message bot">
        <p class="bubble">{t('resources:list.noneMatched')}</p>
      </div>
    );
  }
  return (
    <div class="message wide">
      <ul class="cards" aria-label={t('resources:list.heading')}>
        {content.cards.map((card) => (
          <li key={card.id} class="card">
            <h3>
              <bdi>{card.name}</bdi>
            </h3>
            {speaks(card, language) && <p class="badge">{t('resources:card.speaksYourLanguage')}</p>}
            <p dir="auto">{card.summary}</p>
            <ul class="facts">
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
              {card.openingHours && (
                <li>
                  {t('resources:card.openingHours')}: <bdi>{card.openingHours}</bdi>
                </li>
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
        ))}
      </ul>
      <p class="hint">{t('resources:list.checkBeforeTravel')}</p>
    </div>
  );
}
