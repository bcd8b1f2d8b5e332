/**
 * Scrolls the nearest scrolling ancestor so `element` starts at its top, below any sticky header
 * inside it. Only that one scroller moves: Element.scrollIntoView would also scroll clipped
 * ancestors such as the panel itself, leaving a blank strip at the bottom of a phone screen.
 */
export function revealAtTop(element: HTMLElement): void {
  const scroller = scrollerOf(element);
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const covered = [...scroller.children].reduce((bottom, child) => {
    if (child.contains(element) || getComputedStyle(child).position !== 'sticky') return bottom;
    return Math.max(bottom, child.getBoundingClientRect().bottom);
  }, box.top);
  // A little room above the heading so its focus ring is not cut off.
  scroller.scrollTop += element.getBoundingClientRect().top - covered - 6;
}

function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}
