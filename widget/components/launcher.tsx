import { useEffect, useRef } from 'preact/hooks';
import type { WidgetModel } from '../model/widget-model.js';

export function Launcher({ model, moveFocus }: { model: WidgetModel; moveFocus: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  const { t } = model.translator;
  const unread = model.unread.value;
  useEffect(() => {
    if (moveFocus) button.current?.focus();
  }, []);
  return (
    <button ref={button} type="button" class="button primary launcher" aria-haspopup="dialog" onClick={model.openPanel}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h10V9H7zm0-3v2h10V6H7zm0 6v2h6v-2H7z"
        />
      </svg>
      <span>{t('launcher.label')}</span>
      {unread > 0 && <span class="unread"> {t('launcher.unread', { count: unread })}</span>}
    </button>
  );
}
