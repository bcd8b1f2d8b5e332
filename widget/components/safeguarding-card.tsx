import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageContent } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';
import { isolate, textOrKey } from './bidi-text.js';
import { ExternalLink, PhoneLink } from './contact-links.js';
import { firstControlOr, focusIfIdle } from './focus-if-idle.js';

type Props = {
  id: string;
  content: Extract<MessageContent, { kind: 'safeguarding' }>;
  model: WidgetModel;
  live: boolean;
};

/**
 * The emergency route, shown when something the family said signals danger. A card that arrives
 * live is an alert and takes focus, so a keyboard or screen reader user lands on the phone
 * numbers; a card from resumed history is shown quietly. "Carry on" only hides the buttons.
 */
export function SafeguardingCard({ id, content, model, live }: Props) {
  const { t } = model.translator;
  const { route } = content;
  const card = useRef<HTMLElement>(null);
  const [settled, setSettled] = useState(false);
  const status = model.chat.handoff.value.status;
  const canAskForSomeone = status !== 'waiting' && status !== 'active';
  const headingId = `fd-sg-${id}`;
  const shown = model.translator.lang.value;
  const isDraft = shown !== 'en' && !model.languages.safeguardingReviewed.value.has(shown);

  useEffect(() => {
    if (live) focusIfIdle(card.current);
  }, []);

  function carryOn(): void {
    setSettled(true);
    firstControlOr(card.current, card.current?.closest<HTMLElement>('.log') ?? null)?.focus();
  }

  function talkNow(): void {
    model.chat.requestHandoff();
    setSettled(true);
  }

  return (
    <section
      ref={card}
      class="message wide card safeguarding"
      role={live ? 'alert' : undefined}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h3 id={headingId}>{t(route.title)}</h3>
      <p>{t(route.body)}</p>
      {isDraft && (
        // A draft translation of safety text may be wrong: the reviewed English goes with it.
        <div class="english-original" lang="en" dir="ltr">
          <p class="hint">{t('safeguarding:draftNotice')}</p>
          <p>
            <strong>{model.translator.english(route.title)}</strong>
          </p>
          <p>{model.translator.english(route.body)}</p>
        </div>
      )}
      <ul class="facts">
        {route.contacts.map((contact, index) => (
          <li key={index}>
            <strong>{textOrKey(t, contact.label)}</strong>
            {contact.phone && (
              <p>
                <PhoneLink number={contact.phone} label={t('safeguarding:actions.call', { phone: isolate(contact.phone) })} />
              </p>
            )}
            {contact.text && (
              <p>
                {/^[\d\s+]+$/.test(contact.text) ? (
                  <a href={`sms:${contact.text.replace(/\s/g, '')}`}>{t('safeguarding:actions.text', { text: isolate(contact.text) })}</a>
                ) : (
                  <bdi>{textOrKey(t, contact.text)}</bdi>
                )}
              </p>
            )}
            {contact.website && (
              <p>
                <ExternalLink href={contact.website} newTabText={t('link.opensInNewTab')}>
                  {t('safeguarding:actions.website')}
                </ExternalLink>
              </p>
            )}
            {contact.hours && <p class="hint">{textOrKey(t, contact.hours)}</p>}
          </li>
        ))}
      </ul>
      <p class="hint">{t('safeguarding:privacy')}</p>
      <div class="actions">
        {!settled && canAskForSomeone && (
          <button type="button" class="button primary" onClick={talkNow}>
            {t('safeguarding:actions.talkNow')}
          </button>
        )}
        {!settled && (
          <button type="button" class="button" onClick={carryOn}>
            {t('safeguarding:actions.continue')}
          </button>
        )}
        <button type="button" class="button danger" onClick={model.quickExit}>
          {t('safeguarding:actions.quickExit')}
        </button>
      </div>
    </section>
  );
}
