import { useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/**
 * After a client-side navigation, moves focus to <main> so screen reader and keyboard users start
 * at the new content, as they would after a full page load. Not on first load.
 *
 * "First load" is the page's own entry (a POP), not the layout's first render: a layout mounted
 * by a PUSH (a press on a link before it) should land its reader on the new content as after any
 * other link.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current && navigationType === NavigationType.Pop;
    first.current = false;
    if (initial) return;
    document.getElementById('maincontent')?.focus();
    // Only a change of page moves focus: the navigation type also changes on a new query alone.
  }, [pathname]);
}
