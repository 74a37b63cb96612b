/**
 * The built page's shell (scripts/prerender/) can be used before the app runs: a reader may tab to
 * a menu link or take the skip link. React then replaces those elements twice (its own copy of the
 * shell, then the layout), and each time the focused element leaves the document, so focus fell to
 * the page's body and the next Tab started again from the top (WCAG 2.4.3). This keeps the reader's
 * place: it remembers which shell element had focus and, when that element is replaced, focuses its
 * counterpart in the new markup.
 */

/** What identifies an element of the shell across renders: the same element in each copy. */
export interface FocusKey {
  id: string | null;
  tag: string;
  href: string | null;
  text: string;
}

export function focusKeyOf(element: Element): FocusKey {
  return {
    id: element.id || null,
    tag: element.tagName,
    href: element.getAttribute('href'),
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}

/** The element of `root` that matches the key: by id when it has one, else tag, address and text. */
export function findByFocusKey(root: ParentNode, key: FocusKey): HTMLElement | null {
  for (const candidate of root.querySelectorAll<HTMLElement>(key.tag)) {
    const other = focusKeyOf(candidate);
    if (key.id ? other.id === key.id : other.href === key.href && other.text === key.text)
      return candidate;
  }
  return null;
}

/** The built shell and React's copy of it carry this class; the layout that replaces them does not. */
const SHELL_SELECTOR = '.app-shell';

/**
 * Watches `container` from before React renders into it until the app's layout has replaced the
 * shell. Returns a function that stops watching (for tests; the watch ends by itself).
 */
export function keepShellFocus(container: HTMLElement): () => void {
  const doc = container.ownerDocument;
  let key: FocusKey | null = null;
  const remember = (target: EventTarget | null) => {
    if (target instanceof Element && container.contains(target)) key = focusKeyOf(target);
  };
  remember(doc.activeElement);
  const onFocusIn = (event: FocusEvent) => remember(event.target);
  // A press on the page's background is the reader leaving the element: nothing to give back then
  // (a press on a link or button focuses it, and focusin remembers that instead).
  const onPointerDown = () => {
    key = null;
  };
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('pointerdown', onPointerDown, true);
  const observer = new MutationObserver(() => {
    const active = doc.activeElement;
    const lost = !active || active === doc.body || !active.isConnected;
    if (lost && key) findByFocusKey(container, key)?.focus({ preventScroll: true });
    if (container.firstElementChild && !container.querySelector(SHELL_SELECTOR)) stop();
  });
  observer.observe(container, { childList: true, subtree: true });
  function stop() {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('pointerdown', onPointerDown, true);
  }
  return stop;
}
