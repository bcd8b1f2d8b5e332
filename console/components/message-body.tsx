import type { Message } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import { keyOrText, translate } from '../model/localised-text.js';
import { MatchedWords } from './matched-words.js';

/** Every kind of message, written out for staff in English: what was asked, chosen, shown or done. */
export function MessageBody({
  message,
  language,
  highlight,
}: {
  message: Message;
  language?: string | undefined;
  /** The words that raised a safeguarding flag, as UTF-16 offsets in the text. */
  highlight?: { start: number; end: number } | undefined;
}) {
  const content = message.content;
  switch (content.kind) {
    case 'text':
      if (highlight && highlight.end > highlight.start && highlight.end <= content.text.length) {
        return (
          <div class="message-text">
            <MatchedWords words={{ text: content.text, ...highlight }} language={language} full />
          </div>
        );
      }
      // Family words keep their own script, font and direction (Urdu, Arabic) inside the English page.
      return (
        <p class="message-text" dir="auto" lang={language}>
          {content.text}
        </p>
      );
    case 'localised':
      return (
        <p class="message-text">
          {translate(content.text)}
          {content.text.key.startsWith('quick-replies:') ? <span class="hint"> {t('transcript.quickReply')}</span> : null}
        </p>
      );
    case 'prompt':
      return (
        <p class="message-text">
          <span class="label">{t('transcript.asked')}</span> {translate(content.prompt)}
        </p>
      );
    case 'answer':
      return (
        <p class="message-text">
          <span class="label">{t('transcript.answered')}</span>{' '}
          {content.labels.length ? content.labels.map(keyOrText).join('; ') : t('transcript.skipped')}
        </p>
      );
    case 'resources':
      return (
        <div class="message-text">
          <p>{t('transcript.resources', { count: content.cards.length })}</p>
          <ul class="compact-list">
            {content.cards.map((card) => (
              <li key={card.id}>
                <strong>{card.name}</strong>
                {card.phone ? ` · ${card.phone}` : ''}
                {card.website ? ` · ${card.website}` : ''}
              </li>
            ))}
          </ul>
          {content.hasMore ? <p class="hint">{t('transcript.moreResources')}</p> : null}
        </div>
      );
    case 'safeguarding':
      return (
        <div class="message-text safeguarding-card">
          <p>
            <strong>{t('transcript.safetyCard', { severity: t(`severity.${content.route.severity}`) })}</strong>
            {content.outOfHours ? ` ${t('transcript.outOfHours')}` : ''}
          </p>
          <p>{keyOrText(content.route.title)}</p>
          <ul class="compact-list">
            {content.route.contacts.map((c, i) => (
              <li key={i}>
                {keyOrText(c.label)}
                {c.phone ? ` · ${c.phone}` : ''}
                {c.text ? ` · ${t('transcript.textTo', { number: c.text })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'event':
      return <p class="message-text event">{translate(content.text)}</p>;
    case 'consent-request':
      return <p class="message-text event">{t('transcript.consentRequested', { version: content.wordingVersion })}</p>;
    case 'consent-answer':
      return <p class="message-text event">{t(`transcript.consentAnswer.${content.answer}`)}</p>;
    default: {
      const unsupported: never = content;
      void unsupported;
      return <p class="message-text">{t('transcript.unsupported')}</p>;
    }
  }
}
