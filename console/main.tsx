import { render } from 'preact';
import { ConsoleApp } from './components/console-app.js';
import { createAppModel } from './model/app-model.js';
import { loadTranslations, STAFF_LANGUAGE } from './model/console-i18n.js';

/** Loads the staff words, then the app. Translations first, so no English-less flash of keys. */
async function start(): Promise<void> {
  document.documentElement.lang = STAFF_LANGUAGE;
  await loadTranslations();
  const app = createAppModel();
  // Browsers only allow sound after a gesture; the first click or key press unlocks alert tones.
  const prime = () => app.primeSound();
  document.addEventListener('pointerdown', prime, { once: true, capture: true });
  document.addEventListener('keydown', prime, { once: true, capture: true });
  const root = document.getElementById('app');
  if (!root) return;
  // The page shell's "Loading…" line is static HTML; Preact renders beside, not over, foreign nodes.
  root.replaceChildren();
  render(<ConsoleApp app={app} />, root);
}

void start();
