import { render } from 'preact';
import { App } from './components/app.js';
import { findOwnScript, readEmbedConfig } from './model/embed-config.js';
import { watchDoubleEscape } from './model/quick-exit.js';
import { createWidgetModel } from './model/widget-model.js';
import scriptFonts from '../client-core/script-fonts.css';
import styles from './styles.css';

const HOST_TAG = 'front-door-widget';

/**
 * A constructable stylesheet is not inline style as far as a council page's CSP is concerned, so the
 * widget works under `style-src 'self'` without 'unsafe-inline'. Browsers without adoptedStyleSheets
 * (Safari before 16.4) get a <style> inside the shadow root: still nothing leaks onto the page.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/**
 * Entry point of widget.js. Everything lives in an open shadow root on one host element, so the
 * council page's styles cannot reach in and ours cannot leak out.
 */
function mount(script: HTMLScriptElement | null): void {
  // Pasted twice into a page template: one chat is enough.
  if (document.querySelector(HOST_TAG)) return;
  const config = readEmbedConfig(script, window.location, navigator.languages?.length ? navigator.languages : [navigator.language]);
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  adoptStyles(shadow, styles + scriptFonts);
  shadow.append(container);
  document.body.append(host);

  const model = createWidgetModel(config, () => {
    // Gone from view before the browser starts loading the exit page.
    host.style.setProperty('display', 'none', 'important');
  });
  watchDoubleEscape(window, () => model.open.value, model.quickExit);
  render(<App model={model} />, container);
}

// currentScript is only set while this file first runs, so find it now and mount when the body exists.
const script = findOwnScript(document);
if (document.body) mount(script);
else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
