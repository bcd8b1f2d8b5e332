import { useState } from 'preact/hooks';
import type { MessageContent } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';

type Request = Extract<MessageContent, { kind: 'consent-request' }>;
type Answer = Extract<MessageContent, { kind: 'consent-answer' }>;

/**
 * Staff ask to share what the family said with Early Help. The paragraphs are shown exactly as the
 * server rendered and hashed them (a draft translation arrives with the English beneath it), so
 * the record of what the family agreed to is the text they saw. Yes/No are real buttons.
 */
export function ConsentCard({ content, model }: { content: Request; model: WidgetModel }) {
  const { t } = model.translator;
  const { chat } = model;
  const wording = `${content.wordingKey}.v${content.wordingVersion}`;
  const [title, ...body] = content.paragraphs;
  const answered =
    chat.messages.value.some((m) => m.content.kind === 'consent-answer' && m.content.consentId === content.consentId) ||
    chat.pending.value.some((e) => e.frame.type === 'consent.answer' && e.frame.consentId === content.consentId);
  const headingId = `fd-consent-${content.consentId}`;
  return (
    <section class="message wide card" aria-labelledby={headingId} lang={content.language}>
      <h3 id={headingId} dir="auto">
        {title}
      </h3>
      {body.map((paragraph, i) => (
        <p key={i} dir="auto">
          {paragraph}
        </p>
      ))}
      {!answered && (
        <div class="actions">
          <button type="button" class="button primary" onClick={() => chat.answerConsent(content.consentId, 'yes')}>
            {t(`${wording}.yes`)}
          </button>
          <button type="button" class="button" onClick={() => chat.answerConsent(content.consentId, 'no')}>
            {t(`${wording}.no`)}
          </button>
        </div>
      )}
    </section>
  );
}

/** The family's answer, with a way to stop sharing after a yes. */
export function ConsentAnswer({ content, model, pending }: { content: Answer; model: WidgetModel; pending: boolean }) {
  const { t } = model.translator;
  const [withdrawn, setWithdrawn] = useState(false);
  return (
    <div class="message family">
      <span class="sr-only">{t('log.said', { name: t('log.you') })} </span>
      <p class="bubble">{t(`consent:answered.${content.answer}`)}</p>
      {pending && <p class="status">{t('log.sending')}</p>}
      {content.answer === 'yes' && !pending && (
        <p class="actions">
          {withdrawn ? (
            <span role="status">{t('consent:withdraw.done')}</span>
          ) : (
            <button
              type="button"
              class="button"
              onClick={() => {
                model.chat.withdrawConsent(content.consentId);
                setWithdrawn(true);
              }}
            >
              {t('consent:withdraw.button')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
