import { clearFrontDoorStorage } from './local-store.js';

const DOUBLE_PRESS_MS = 1_000;

/**
 * Leave at once for a neutral site. Order matters: stop the socket and wipe every stored key
 * first, so nothing survives for someone checking the device, then replace this history entry
 * so Back does not return to the chat.
 */
export function leaveNow(exitUrl: string, stopChat: () => void): void {
  try {
    stopChat();
  } finally {
    clearFrontDoorStorage();
    window.location.replace(exitUrl);
  }
}

/**
 * Escape twice within a second triggers quick exit while `isActive()`. A single Escape is left
 * alone so the host page's own dialogs keep working.
 */
export function watchDoubleEscape(target: Window, isActive: () => boolean, onDouble: () => void, now = () => Date.now()): () => void {
  let last = -Infinity;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isActive()) return;
    const time = now();
    if (time - last <= DOUBLE_PRESS_MS) onDouble();
    last = time;
  };
  target.addEventListener('keydown', onKey, true);
  return () => target.removeEventListener('keydown', onKey, true);
}
