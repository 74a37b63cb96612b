import { useCallback, useState } from 'react';

/**
 * A ref for a drawing's box and the box's width in whole pixels: 0 until it is on the page (and
 * always in jsdom, which lays nothing out). The first width is read as the box mounts, so the
 * drawing is in the same paint as the page; a ResizeObserver follows later changes.
 */
export function useDrawnWidth(): [
  (element: HTMLElement | null) => (() => void) | undefined,
  number,
] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    setWidth(Math.round(element.clientWidth));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
