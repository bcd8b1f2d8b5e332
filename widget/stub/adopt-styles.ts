/**
 * A constructable stylesheet is not inline style as far as a council page's CSP is concerned, so the
 * widget works under `style-src 'self'` without 'unsafe-inline'. Browsers without adoptedStyleSheets
 * (Safari before 16.4) get a <style> inside the shadow root: still nothing leaks onto the page.
 * Called again with a fuller sheet, it replaces the earlier one.
 */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = shadow.querySelector('style') ?? shadow.appendChild(document.createElement('style'));
  style.textContent = css;
}
