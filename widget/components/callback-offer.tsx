import { useState } from 'preact/hooks';
import type { WidgetModel } from '../model/widget-model.js';
import { CallbackForm } from './callback-form.js';

/** When no one can pick up now, the server says so and the family can ask to be contacted instead. */
export function CallbackOffer({ model }: { model: WidgetModel }) {
  const { t } = model.translator;
  const { chat } = model;
  const [formOpen, setFormOpen] = useState(false);
  const view = chat.handoff.value;
  const sent = chat.pending.value.some((entry) => entry.frame.type === 'callback.request');
  if (!view.offerCallback || view.status === 'callback' || sent) return null;
  if (formOpen) return <CallbackForm model={model} onDone={() => setFormOpen(false)} />;
  return (
    <div>
      <p>{t('callback.offer')}</p>
      <button type="button" class="button primary" onClick={() => setFormOpen(true)}>
        {t('callback.open')}
      </button>
    </div>
  );
}
