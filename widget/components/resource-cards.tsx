import type { MessageContent, ResourceCard } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';
import { ResourceCardItem } from './resource-card.js';

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
          <ResourceCardItem key={card.id} card={card} model={model} speaksLanguage={speaks(card, language)} />
        ))}
      </ul>
      <p class="hint">{t('resources:list.checkBeforeTravel')}</p>
    </div>
  );
}
