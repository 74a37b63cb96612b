import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'app-scroll-positions';

/** Each history entry's scroll position, kept over a reload as the browser keeps the history. */
const positions = new Map<string, number>(readSaved());

function readSaved(): [string, number][] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? (saved as [string, number][]) : [];
  } catch {
    return [];
  }
}

/**
 * Where the window scrolls when the page changes, as a site of separate pages would: back and
 * forward return to where the reader was on that entry, a link to a new page starts at its top (or
 * at its `#fragment`), and a change of the query alone (a control that writes the URL) stays put.
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const key = useRef(location.key);
  const pathname = useRef(location.pathname);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    // Scroll events come after the commit that changed the entry, so this is the new entry's.
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => positions.set(key.current, window.scrollY));
    };
    const onHide = () => {
      positions.set(key.current, window.scrollY);
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-100)));
      } catch {
        // Storage full or refused: a reload then starts at the top, as a new page would.
      }
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);

  useLayoutEffect(() => {
    const samePage = pathname.current === location.pathname;
    const first = key.current === location.key;
    key.current = location.key;
    pathname.current = location.pathname;
    const saved = positions.get(location.key);
    // A first page with no history entry of its own (a new visit, not a reload) is keyed
    // "default", like any other such page in this tab: it has no place to return to.
    const ownEntry = !(first && location.key === 'default');
    if (navigationType === NavigationType.Pop && saved !== undefined && ownEntry) {
      window.scrollTo(0, saved);
      return;
    }
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
    if (!first && !samePage) window.scrollTo(0, 0);
  }, [location.key, location.pathname, location.hash, navigationType]);
}
