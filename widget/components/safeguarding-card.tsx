import { useEffect, useRef, useState } from 'preact/hooks';
import { showsEnglishBeneath } from '../../server/i18n/key-state.js';
import type { MessageContent } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';
import { isolate, textOrKey } from './bidi-text.js';
import { ExternalLink, PhoneLink } from './contact-links.js';
import { firstControlOr, focusIfIdle } from './focus-if-idle.js';
import { revealAtTop } from './reveal-at-top.js';

type Props = {
  id: string;
  content: Extract<MessageContent, { kind: 'safeguarding' }>;
  model: WidgetModel;
  live: boolean;
};

/**
 * The emergency route, shown when something the family said signals danger. A card that arrives
 * live is an alert and its heading takes focus (the first card only, when one message raises
 * several: they come most urgent first), and the log shows it from the heading down; a card from
 * resumed history is shown quietly. Who to call comes straight under the heading, so on a small
 * phone at high zoom the first number is on screen with it. "Carry on" lets the paused question
 * come back and hides the card's buttons.
 */
export function SafeguardingCard({ id, content, model, live }: Props) {
  const { t } = model.translator;
  const { route } = content;
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [settled, setSettled] = useState(false);
  const status = model.chat.handoff.value.status;
  const canAskForSomeone = status !== 'waiting' && status !== 'active';
  const headingId = `fd-sg-${id}`;
  const shown = model.translator.lang.value;
  // The one key-state rule decides; a language the server did not rate counts as a draft.
  const isDraft = shown !== 'en' && showsEnglishBeneath('safeguarding', model.languages.safeguardingStates.value[shown] ?? 'draft');

  useEffect(() => {
    // preventScroll: focusing would scroll the clipped panel too; revealAtTop moves the log only.
    if (live && heading.current && focusIfIdle(heading.current, '.safeguarding', { preventScroll: true })) revealAtTop(heading.current);
  }, []);

  function carryOn(): void {
    setSettled(true);
    // The reply area focuses the question itself once it comes back from the pause.
    if (model.chat.safety.paused.peek()) return model.chat.safety.resume();
    firstControlOr(card.current, card.current?.closest<HTMLElement>('.log') ?? null)?.focus();
  }

  function talkNow(): void {
    model.chat.safety.resume();
    model.chat.requestHandoff();
    setSettled(true);
  }

  return (
    <section
      ref={card}
      class="message wide card safeguarding"
      role={live ? 'alert' : undefined}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t(route.title)}
      </h3>
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
