import scriptFonts from '../../client-core/script-fonts.css';
import launcherStyles from '../launcher.css';
import { readChatLanguage } from '../model/chat-session.js';
import { findOwnScript, readEmbedConfig } from '../model/embed-config.js';
import { adoptStyles } from './adopt-styles.js';
import { createChatLoader } from './chat-loader.js';
import { firstRequests } from './first-requests.js';
import { createLauncherButton } from './launcher-button.js';
import { launcherText } from './launcher-text.js';
import { mustStartAtOnce } from './resume-at-once.js';

/** Written in by scripts/build-clients.ts: the hashed chat bundle, and each shipped language's launcher label. */
declare const FRONT_DOOR_CHAT: string;
declare const FRONT_DOOR_LAUNCHER_LABELS: Record<string, string>;

const HOST_TAG = 'front-door-widget';

/**
 * /widget.js, the one URL councils paste into their pages: a few kB that draw the launcher in a
 * shadow root and nothing else. The chat (Preact, its texts, the socket) is fetched when the
 * family shows intent or presses the launcher, so a page view where nobody opens it costs this file
 * alone, and a repeat visit takes it from the browser's cache.
 */
function mount(script: HTMLScriptElement | null): void {
  // Pasted twice into a page template: one chat is enough.
  if (document.querySelector(HOST_TAG)) return;
  const config = readEmbedConfig(script, window.location, navigator.languages?.length ? navigator.languages : [navigator.language]);
  const stored = config.preview ? { language: config.preview } : readChatLanguage();
  const text = launcherText(config, stored, FRONT_DOOR_LAUNCHER_LABELS);
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, launcherStyles + scriptFonts);
  const { root, button } = createLauncherButton(text);
  shadow.append(root);
  document.body.append(host);

  const translated = Object.keys(FRONT_DOOR_LAUNCHER_LABELS);
  const startLanguage = config.preview ?? (stored ? (stored.fallbackLanguage ?? stored.language) : (config.preferred[0] ?? 'en'));
  const chat = createChatLoader({
    host,
    shadow,
    launcher: root,
    button,
    script,
    translated,
    bundleUrl: new URL(FRONT_DOOR_CHAT, config.origin).href,
    firstRequests: (open) => firstRequests(config.origin, startLanguage, stored, open, translated),
    // A chosen language means the chat connects as soon as it starts (widget-model startChat).
    earlySocketUrl: stored ? config.socketUrl : null,
  });
  button.addEventListener('click', () => chat.start(true));
  for (const intent of ['pointerenter', 'touchstart', 'focus']) button.addEventListener(intent, chat.prefetch, { once: true, passive: true });
  // The chat itself reopens its panel from storage; `false`: nobody pressed anything, focus stays put.
  if (mustStartAtOnce()) chat.start(false);
}

// currentScript is only set while this file first runs, so find it now and mount when the body exists.
const script = findOwnScript(document);
if (document.body) mount(script);
else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
