import { useState } from 'preact/hooks';
import type { LocalisedText } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';

/**
 * The Early Help reference: the line that gives it, then the reference itself large, selectable
 * in one tap and copyable, because families read it out on the phone and type it in elsewhere.
 * Screen readers get it letter by letter ("A B 7 K"), not as a made-up word.
 */
export function ReferenceNotice({ text, reference, model }: { text: LocalisedText; reference: string; model: WidgetModel }) {
  const { t } = model.translator;
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(reference).then(
      () => setCopied(true),
      // Copying can be refused (permissions, an old browser); the reference stays selectable.
      () => setCopied(false),
    );
  };
  return (
    <div class="event reference-notice">
      <p>{t(text.key, text.params)}</p>
      <p class="reference" aria-label={reference.split('').join(' ')} dir="ltr">
        {reference}
      </p>
      <button type="button" class="button" onClick={copy}>
        {t('reference.copy')}
      </button>
      <span role="status">{copied ? t('reference.copied') : ''}</span>
    </div>
  );
}
