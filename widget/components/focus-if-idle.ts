/**
 * Moves focus only when the family is not somewhere else on the council page: focus is on the
 * body (the control they used has just gone) or already inside the widget. Stealing focus from a
 * page form would be disorienting, and on phones would close their keyboard.
 */
export function focusIfIdle(target: HTMLElement | null | undefined, unlessWithin?: string, options?: FocusOptions): boolean {
  if (!target) return false;
  const active = document.activeElement;
  const root = target.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  if (active && active !== document.body && active !== host) return false;
  // e.g. an emergency card that has just taken focus keeps it over a prompt arriving with it.
  if (unlessWithin && root instanceof ShadowRoot && root.activeElement?.closest(unlessWithin)) return false;
  target.focus(options);
  return true;
}

/** The first control of the reply area, else the given fallback, in the same shadow root. */
export function firstControlOr(from: HTMLElement | null, fallback: HTMLElement | null): HTMLElement | null {
  const root = from?.getRootNode() as ParentNode | undefined;
  return root?.querySelector<HTMLElement>('[data-first-control]') ?? fallback;
}
