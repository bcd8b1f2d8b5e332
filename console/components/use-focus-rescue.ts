import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * When the focused button disappears (Claim becomes Release, End becomes a confirmation), the
 * browser drops focus to <body> and keyboard users lose their place. If focus was last inside
 * the container, put it back on the container's first control after each render, or on the
 * fallback element when the container itself is gone (the conversation ended).
 */
export function useFocusRescue(container: RefObject<HTMLElement | null>, fallbackId: string): void {
  const hadFocus = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onIn = () => (hadFocus.current = true);
    const onOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !el.contains(event.relatedTarget)) hadFocus.current = false;
    };
    el.addEventListener('focusin', onIn);
    el.addEventListener('focusout', onOut);
    return () => {
      el.removeEventListener('focusin', onIn);
      el.removeEventListener('focusout', onOut);
    };
  });

  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!hadFocus.current || (active && active !== document.body)) return;
    const control = container.current?.querySelector<HTMLElement>('button:not([disabled]), select, input, textarea');
    (control ?? document.getElementById(fallbackId))?.focus();
  });
}
