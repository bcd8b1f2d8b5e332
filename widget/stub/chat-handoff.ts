/**
 * The seam between /widget.js (the launcher stub) and the chat bundle it fetches on first open.
 * The chat bundle, once run, fires this event on the widget's host element with its start function;
 * no global is added to the council's page.
 */
export const CHAT_READY_EVENT = 'front-door:chat-ready';

export interface ChatHandoff {
  shadow: ShadowRoot;
  /** The stub's launcher, which the chat replaces with its own rendering. */
  launcher: HTMLElement;
  /** The embed tag (its src and data-* attributes are the widget's settings). */
  script: HTMLScriptElement | null;
  /** Requests the stub began while the chat bundle downloaded, by URL, so opening costs no extra round trip. */
  started: Map<string, Promise<Response>>;
  /** The chat socket, begun with the bundle when a returning family opens the chat (null otherwise). */
  socket: WebSocket | null;
  /** Languages this release has widget texts for: nothing else is requested before the server's list arrives. */
  translated: readonly string[];
  /** The family pressed the launcher: open the panel and move focus into it. */
  open: boolean;
  /** The stub's launcher had keyboard focus: the chat's launcher takes it over. */
  focusLauncher: boolean;
}

export type StartChat = (handoff: ChatHandoff) => void;
