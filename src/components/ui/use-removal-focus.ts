import { useCallback, useEffect, useRef } from 'react';

/** The attribute that marks a button removing an item: its value is the item's code. */
export const REMOVES = 'data-removes';

interface Pending {
  code: string;
  /** The list the button was in, and the codes of the items after and before it there. */
  list: Element | null;
  candidates: string[];
}

/**
 * Where focus goes when a Remove button removes its own row: without this, the button leaves the
 * page and focus falls to the page body, so a keyboard user starts again from the top. Focus goes
 * to the next item's Remove button, else the previous one's, else `fallback()` (the add control or
 * the heading). The item goes only once the URL change has rendered, so focus moves then.
 * Returns the function to call with the removed code and the button pressed.
 */
export function useRemovalFocus(
  codes: readonly string[],
  fallback: () => HTMLElement | null,
): (code: string, button: HTMLElement) => void {
  const pending = useRef<Pending | null>(null);
  useEffect(() => {
    const waiting = pending.current;
    if (!waiting || codes.includes(waiting.code)) return;
    pending.current = null;
    const root = waiting.list?.isConnected ? waiting.list : document;
    const buttons = [...root.querySelectorAll<HTMLElement>(`[${REMOVES}]`)];
    const next = waiting.candidates
      .map((code) => buttons.find((button) => button.getAttribute(REMOVES) === code))
      .find((button) => button !== undefined);
    (next ?? fallback())?.focus();
  });
  return useCallback((code, button) => {
    const list = button.closest('table, ol, ul');
    const codesInOrder = [...(list?.querySelectorAll(`[${REMOVES}]`) ?? [])].map(
      (element) => element.getAttribute(REMOVES) ?? '',
    );
    const at = codesInOrder.indexOf(code);
    const candidates = [codesInOrder[at + 1], codesInOrder[at - 1]].filter(
      (candidate): candidate is string => candidate !== undefined && at >= 0,
    );
    pending.current = { code, list, candidates };
  }, []);
}
