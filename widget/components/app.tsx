import { useEffect, useRef } from 'preact/hooks';
import type { WidgetModel } from '../model/widget-model.js';
import { ChatPanel } from './chat-panel.js';
import { Launcher } from './launcher.js';

/**
 * The launcher or the open panel. Focus only moves on the family's own open/close, not on page load;
 * `focusOnMount` when the family's press on the stub's launcher is what brought the chat in.
 */
export function App({ model, focusOnMount = false }: { model: WidgetModel; focusOnMount?: boolean }) {
  const firstRender = useRef(!focusOnMount);
  useEffect(() => {
    firstRender.current = false;
  }, []);
  const moveFocus = !firstRender.current;
  return (
    <div class="root" lang={model.translator.lang.value} dir={model.translator.dir.value}>
      {model.open.value ? <ChatPanel model={model} moveFocus={moveFocus} /> : <Launcher model={model} moveFocus={moveFocus} />}
    </div>
  );
}
