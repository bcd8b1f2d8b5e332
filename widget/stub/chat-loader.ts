import { CHAT_READY_EVENT, type ChatHandoff, type StartChat } from './chat-handoff.js';

export interface ChatLoaderOptions extends Omit<ChatHandoff, 'started' | 'open' | 'focusLauncher' | 'socket'> {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** The content-hashed chat bundle. */
  bundleUrl: string;
  /** What the chat will ask the server for first: fetched alongside the bundle. */
  firstRequests(open: boolean): string[];
  /** Where the chat connects when it resumes a chosen language at once; null when it will not. */
  earlySocketUrl: string | null;
}

export interface ChatLoader {
  /** Downloads the chat bundle without running the chat (the family showed intent: hover, focus, touch). */
  prefetch(): void;
  /** Downloads (if needed) and starts the chat; `open` when the family pressed the launcher. */
  start(open: boolean): void;
}

/**
 * Fetches the chat on demand. The bundle is a classic script added like the embed tag itself (so a
 * host page's CSP nonce carries over and no CORS is needed), and it announces itself with an event
 * on the host element. A failed download (no signal) is forgotten, so the next press tries again.
 */
export function createChatLoader(options: ChatLoaderOptions): ChatLoader {
  let bundle: Promise<StartChat> | null = null;
  let starting = false;
  let ready: (start: StartChat) => void = () => {};
  options.host.addEventListener(CHAT_READY_EVENT, (event) => ready((event as CustomEvent<StartChat>).detail));

  function download(): Promise<StartChat> {
    bundle ??= new Promise<StartChat>((resolve, reject) => {
      ready = resolve;
      const tag = document.createElement('script');
      tag.src = options.bundleUrl;
      tag.async = true;
      if (options.script?.nonce) tag.nonce = options.script.nonce;
      const crossOrigin = options.script?.getAttribute('crossorigin');
      if (crossOrigin !== null && crossOrigin !== undefined) tag.setAttribute('crossorigin', crossOrigin);
      tag.onerror = () => {
        tag.remove();
        bundle = null;
        reject(new Error('The chat could not be downloaded.'));
      };
      (document.head || document.documentElement).append(tag);
    });
    return bundle;
  }

  return {
    prefetch() {
      download().catch(() => {});
    },
    start(open) {
      if (starting) return;
      starting = true;
      options.button.setAttribute('aria-busy', 'true');
      const started = new Map<string, Promise<Response>>();
      for (const url of options.firstRequests(open)) {
        const request = fetch(url, { credentials: 'omit' });
        // The chat may never claim it (download failed): that must not surface as an unhandled rejection.
        request.catch(() => {});
        started.set(url, request);
      }
      // The socket's handshake is the longest wait before a returning family sees their chat.
      const socket = options.earlySocketUrl ? new WebSocket(options.earlySocketUrl) : null;
      download().then(
        (startChat) => {
          const { shadow, launcher, script, translated } = options;
          startChat({ shadow, launcher, script, translated, started, socket, open, focusLauncher: shadow.activeElement === options.button });
        },
        () => {
          socket?.close();
          starting = false;
          options.button.removeAttribute('aria-busy');
        },
      );
    },
  };
}
