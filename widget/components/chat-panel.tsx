import { useEffect, useRef } from 'preact/hooks';
import type { WidgetModel } from '../model/widget-model.js';
import { ChatView } from './chat-view.js';
import { firstControlOr } from './focus-if-idle.js';
import { LanguagePicker } from './language-picker.js';

/**
 * A non-modal dialog beside the page (full screen on small phones). Quick exit sits in the header
 * so it is on screen in every state of the chat.
 */
export function ChatPanel({ model, moveFocus }: { model: WidgetModel; moveFocus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = model.translator;
  const phase = model.phase.value;
  useEffect(() => {
    if (!moveFocus) return;
    // After children have rendered: the active prompt's first control if there is one.
    const timer = setTimeout(() => firstControlOr(heading.current, heading.current)?.focus());
    return () => clearTimeout(timer);
  }, []);

  return (
    <section class="panel" role="dialog" aria-modal="false" aria-labelledby="fd-title">
      <div class="bar">
        <h2 id="fd-title" ref={heading} tabIndex={-1}>
          {t('panel.title')}
        </h2>
        <div class="bar-actions">
          {phase === 'chat' && !model.config.preview && (
            <button type="button" class="button" onClick={model.reopenLanguagePicker}>
              {t('panel.changeLanguage')}
            </button>
          )}
          <button type="button" class="button exit" onClick={model.quickExit} aria-describedby="fd-exit-hint">
            {t('quickExit.label')}
          </button>
          <span id="fd-exit-hint" class="sr-only">
            {t('quickExit.hint')}
          </span>
          <button type="button" class="button" onClick={model.closePanel} aria-label={t('panel.minimise')}>
            <span aria-hidden="true">—</span>
          </button>
        </div>
      </div>
      {phase === 'chat' ? <ChatView model={model} /> : <LanguagePicker model={model} />}
    </section>
  );
}
