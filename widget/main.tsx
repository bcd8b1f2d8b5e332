import { render } from 'preact';
import scriptFonts from '../client-core/script-fonts.css';
import { App } from './components/app.js';
import launcherStyles from './launcher.css';
import { readEmbedConfig } from './model/embed-config.js';
import { createPublicFetch } from './model/public-fetch.js';
import { watchDoubleEscape } from './model/quick-exit.js';
import { createWidgetModel } from './model/widget-model.js';
import { adoptStyles } from './stub/adopt-styles.js';
import { CHAT_READY_EVENT, type StartChat } from './stub/chat-handoff.js';
import styles from './styles.css';

const TEXTS_WAIT_MS = 2_000;

/**
 * The chat, fetched by /widget.js (widget/stub) on first open. It takes over the stub's shadow root:
 * the full stylesheet, then the Preact app in place of the stub's launcher, drawn once the starting
 * language's texts are in so nothing flashes in English first.
 */
const startChat: StartChat = ({ shadow, launcher, script, started, socket, translated, open, focusLauncher }) => {
  const host = shadow.host as HTMLElement;
  const config = readEmbedConfig(script, window.location, navigator.languages?.length ? navigator.languages : [navigator.language]);
  const model = createWidgetModel(
    config,
    () => {
      // Gone from view before the browser starts loading the exit page.
      host.style.setProperty('display', 'none', 'important');
    },
    createPublicFetch(started),
    translated,
    socket,
  );
  watchDoubleEscape(window, () => model.open.value, model.quickExit);
  if (open) model.openPanel();
  // The stub guessed the chat would connect; if it did not, the early socket is not left open.
  if (socket && model.chat.connection.peek() === 'idle') socket.close();
  // A stalled translation request must not keep the chat from opening: English after two seconds.
  void Promise.race([model.textsReady, new Promise((resolve) => setTimeout(resolve, TEXTS_WAIT_MS))]).then(() => {
    adoptStyles(shadow, launcherStyles + styles + scriptFonts);
    const container = document.createElement('div');
    launcher.replaceWith(container);
    render(<App model={model} focusOnMount={open || focusLauncher} />, container);
  });
};

document.querySelector('front-door-widget')?.dispatchEvent(new CustomEvent(CHAT_READY_EVENT, { detail: startChat }));
