import type { Page } from '@playwright/test';

/**
 * Elements a keyboard can Tab to inside a subtree hidden from assistive technology: a screen
 * reader user would land on something with no name and no role (a chart's SVG layer, a hidden
 * sort button). Besides natively focusable elements and tabindex >= 0, this tries focus() on
 * each element without a tabindex: Chromium makes an SVG group with focus listeners (recharts'
 * portal layers) a Tab stop though its tabIndex reads -1. Each is described by its tag and
 * classes, and the hidden ancestor's.
 */
export async function focusablesInHiddenSubtrees(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}`;
    const before = document.activeElement;
    const found: string[] = [];
    for (const hidden of document.querySelectorAll('[aria-hidden="true"]')) {
      for (const element of [hidden, ...hidden.querySelectorAll('*')]) {
        if (!(element instanceof HTMLElement || element instanceof SVGElement)) continue;
        if (element.closest('[inert]')) continue;
        const attribute = element.getAttribute('tabindex');
        let tabStop = attribute !== null ? Number(attribute) >= 0 : element.tabIndex >= 0;
        if (attribute === null && !tabStop) {
          element.focus({ preventScroll: true });
          tabStop = document.activeElement === element;
        }
        if (tabStop && !('disabled' in element && element.disabled === true)) {
          found.push(`${describe(element)} in ${describe(hidden)}`);
        }
      }
    }
    if (before instanceof HTMLElement) before.focus({ preventScroll: true });
    return found;
  });
}

/** Whether the focused element can be seen: more than the 1 px box of a visually hidden one. */
export async function focusedIsVisible(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { visible: true, what: 'body' };
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const what = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    return {
      visible: box.width > 1 && box.height > 1 && style.visibility !== 'hidden',
      what,
    };
  });
}
