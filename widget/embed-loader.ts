/**
 * /widget.js, the one URL councils paste into their pages. It stays tiny and is cached for minutes
 * only; it loads the content-hashed widget bundle, which browsers keep for a year. A release is
 * therefore picked up within minutes without anyone purging a cache.
 *
 * The bundle's path is written in at build time (scripts/build-clients.ts). The embed tag's data-*
 * attributes are copied over, because the bundle reads its settings from its own script tag.
 */
declare const WIDGET_BUNDLE: string;

const loader = document.currentScript;
if (loader instanceof HTMLScriptElement) {
  const bundle = document.createElement('script');
  bundle.src = new URL(WIDGET_BUNDLE, loader.src).href;
  bundle.async = true;
  for (const { name, value } of Array.from(loader.attributes)) {
    if (name.startsWith('data-') || name === 'nonce' || name === 'crossorigin') bundle.setAttribute(name, value);
  }
  (document.head || document.documentElement).appendChild(bundle);
}
