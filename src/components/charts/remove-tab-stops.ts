/** What could take focus inside a drawing: SVG groups too (see below). */
const CANDIDATES = 'svg, g, a, button, input, select, textarea, [tabindex], [contenteditable]';

/**
 * A ref for a drawing hidden from assistive technology (`aria-hidden`, with a table beside it):
 * nothing inside it may be a Tab stop, or a keyboard user lands on something a screen reader
 * cannot name. recharts portals its layers into `<g>` elements, React listens for focus events
 * on every portal container, and Chromium makes an SVG element with focus listeners focusable:
 * 4-5 empty Tab stops per chart. Each candidate gets `tabindex="-1"` (still focusable by script,
 * never by Tab), again whenever the chart draws new nodes. Mouse hover and tooltips still work,
 * which `inert` would stop.
 */
export function removeTabStops(element: HTMLElement | null): (() => void) | undefined {
  if (!element) return undefined;
  const quieten = () => {
    for (const node of element.querySelectorAll(CANDIDATES)) {
      if (node.getAttribute('tabindex') !== '-1') node.setAttribute('tabindex', '-1');
    }
  };
  quieten();
  const observer = new MutationObserver(quieten);
  observer.observe(element, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['tabindex'],
  });
  return () => observer.disconnect();
}
