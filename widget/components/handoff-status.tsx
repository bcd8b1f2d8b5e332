import type { WidgetModel } from '../model/widget-model.js';
import { isolate } from './bidi-text.js';

/**
 * Where the family stands with a person: asking, waiting (with their place in the queue), who
 * joined, a callback promised, or ended. Always in the DOM as a polite status region, so each
 * change is announced.
 */
export function HandoffStatus({ model }: { model: WidgetModel }) {
  const { t } = model.translator;
  const { chat } = model;
  const view = chat.handoff.value;
  const asking = chat.pending.value.some((entry) => entry.frame.type === 'handoff.request');

  let text = '';
  if (view.status === 'waiting') {
    text = view.position ? t('handoff.waiting', { count: view.position }) : t('handoff.waitingNoPosition');
  } else if (view.status === 'active') {
    const name = isolate(view.staffName ?? t('log.staff'));
    text = view.hub ? t('handoff.joined', { name, hub: isolate(view.hub) }) : t('handoff.joinedNoHub', { name });
  } else if (view.status === 'callback') text = t('handoff.callback');
  else if (view.status === 'ended') text = t('handoff.ended');
  else if (asking) text = t('handoff.asking');

  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
