/**
 * A fresh id for each staff message, so a resend after a reconnect is recognised by the server
 * and never posted twice. randomUUID needs a secure context; a console opened over plain http on
 * an intranet name still has getRandomValues.
 */
export function newClientMessageId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function' && globalThis.isSecureContext) return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  // RFC 4122 version 4 and variant bits, so the server sees an ordinary UUID.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
