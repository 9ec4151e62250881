/**
 * Scrolls `element` into view when, once the browser has laid it out, it is not wholly in sight
 * (in the window or a scrolling container around the element, such as an intranet page's content
 * pane). An IntersectionObserver reports after the next frame's layout, so nothing here forces a
 * layout of its own.
 */
export function revealIfHidden(element: Element): void {
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    if (entry && entry.intersectionRatio < 1 && element.isConnected) element.scrollIntoView({ block: 'nearest' });
  });
  observer.observe(element);
}
