import { useCallback, useState } from 'react';

/**
 * A ref for a drawing's box and the box's width in whole pixels: 0 until the box has been laid
 * out (and always in jsdom, which lays nothing out). The width comes only from a ResizeObserver,
 * whose first report follows the page's own layout: reading `clientWidth` as the box mounts
 * forced that layout inside React's commit, 620 ms of one task at CPU 4x when the national page
 * first drew (issue 15). The drawing follows a frame later, into space held for it.
 */
export function useDrawnWidth(): [
  (element: HTMLElement | null) => (() => void) | undefined,
  number,
] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
