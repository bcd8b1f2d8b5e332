import { LAUNCHER_ICON } from '../components/launcher-icon.js';
import type { LauncherText } from './launcher-text.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The launcher drawn without Preact, element for element as widget/components/launcher.tsx draws
 * it (same classes, icon, label and ARIA), so the chat can take over with nothing moving on screen.
 */
export function createLauncherButton(text: LauncherText): { root: HTMLElement; button: HTMLButtonElement } {
  const root = document.createElement('div');
  root.className = 'root';
  root.lang = text.lang;
  root.dir = text.dir;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button primary launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  const icon = document.createElementNS(SVG, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', LAUNCHER_ICON);
  icon.append(path);
  const label = document.createElement('span');
  label.textContent = text.label;
  button.append(icon, label);
  root.append(button);
  return { root, button };
}
