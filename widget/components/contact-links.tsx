import type { ComponentChildren } from 'preact';

/**
 * Phone numbers read left to right in every script, so they are isolated as LTR; the tel: link
 * keeps only what a dialler accepts. `label` is a translated sentence that already holds the
 * number (isolated), e.g. "Call 999".
 */
export function PhoneLink({ number, label }: { number: string; label?: string }) {
  return (
    <a class="call" href={`tel:${number.replace(/[^\d+]/g, '')}`}>
      {label ?? <bdi dir="ltr">{number}</bdi>}
    </a>
  );
}

/** Only http(s) links from server data; opens in a new tab without giving that tab this page. */
export function ExternalLink({ href, newTabText, children }: { href: string; newTabText: string; children: ComponentChildren }) {
  if (!/^https?:\/\//i.test(href)) return null;
  let host = href;
  try {
    host = new URL(href).host;
  } catch {
    return null;
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}: <bdi dir="ltr">{host}</bdi>
      <span class="sr-only"> {newTabText}</span>
    </a>
  );
}
