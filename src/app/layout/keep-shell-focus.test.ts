// @vitest-environment jsdom
// (focus and the DOM: the shell is real markup in a document)
import { afterEach, describe, expect, it } from 'vitest';
import { findByFocusKey, focusKeyOf, keepShellFocus } from './keep-shell-focus';

/** The shell's markup in small: what the build writes and React's first frame repeats. */
const SHELL = `<div class="app-shell">
  <a href="#maincontent" class="skip">Skip to main content</a>
  <nav aria-label="Menu"><a href="/">National</a> <a href="/standards">Standards</a></nav>
  <main id="maincontent" tabindex="-1">Loading the dashboard…</main>
  <footer><a href="/accessibility">Accessibility</a></footer>
</div>`;

/** The app's layout: the same links, no shell class. */
const LAYOUT = `<div class="app-layout">
  <a href="#maincontent" class="skip">Skip to main content</a>
  <nav aria-label="Menu"><a href="/">National</a> <a href="/standards" aria-current="page">Standards</a></nav>
  <main id="maincontent" tabindex="-1"><h1>Standards</h1></main>
  <footer><a href="/accessibility">Accessibility</a></footer>
</div>`;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

/** Replaces the container's markup as React's commit does, then lets the observer run. */
async function replaceWith(container: HTMLElement, html: string) {
  container.innerHTML = html;
  await Promise.resolve();
  await Promise.resolve();
}

function link(container: HTMLElement, href: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`a[href="${href}"]`);
  if (!found) throw new Error(`no link to ${href}`);
  return found;
}

describe('focusKeyOf and findByFocusKey', () => {
  it.each([
    ['a menu link, by address and text', 'a[href="/standards"]', 'Standards'],
    ['the skip link', 'a.skip', 'Skip to main content'],
    ['the main region, by id', 'main', 'Standards'],
  ])('finds %s in the new markup', (_, selector, text) => {
    const before = mount(SHELL);
    const key = focusKeyOf(before.querySelector(selector)!);
    const after = mount(LAYOUT);
    const found = findByFocusKey(after, key);
    expect(found).not.toBeNull();
    expect(after.contains(found)).toBe(true);
    expect(found?.textContent).toContain(text);
  });

  it('finds nothing when the element is gone', () => {
    const key = focusKeyOf(link(mount(SHELL), '/standards'));
    expect(findByFocusKey(mount('<div><a href="/">National</a></div>'), key)).toBeNull();
  });
});

describe('keepShellFocus', () => {
  it('gives focus back to the same link when the shell is replaced twice', async () => {
    const container = mount(SHELL);
    link(container, '/standards').focus();
    stop = keepShellFocus(container);
    await replaceWith(container, SHELL);
    expect(document.activeElement).toBe(link(container, '/standards'));
    await replaceWith(container, LAYOUT);
    expect(document.activeElement).toBe(link(container, '/standards'));
    expect(document.activeElement?.getAttribute('aria-current')).toBe('page');
  });

  it('follows the reader: the element focused last is the one given back', async () => {
    const container = mount(SHELL);
    stop = keepShellFocus(container);
    link(container, '/').focus();
    link(container, '/accessibility').focus();
    await replaceWith(container, LAYOUT);
    expect(document.activeElement).toBe(link(container, '/accessibility'));
  });

  it('keeps the main region focused after the skip link was taken', async () => {
    const container = mount(SHELL);
    stop = keepShellFocus(container);
    container.querySelector<HTMLElement>('main')!.focus();
    await replaceWith(container, LAYOUT);
    expect(document.activeElement?.tagName).toBe('MAIN');
    expect(document.activeElement?.textContent).toBe('Standards');
  });

  it('moves nothing when the reader had not focused anything in the shell', async () => {
    const container = mount(SHELL);
    stop = keepShellFocus(container);
    await replaceWith(container, LAYOUT);
    expect(document.activeElement).toBe(document.body);
  });

  it('gives nothing back after the reader pressed the page background', async () => {
    const container = mount(SHELL);
    stop = keepShellFocus(container);
    link(container, '/').focus();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    (document.activeElement as HTMLElement).blur();
    await replaceWith(container, LAYOUT);
    expect(document.activeElement).toBe(document.body);
  });

  it('stops once the layout is in: later changes leave focus alone', async () => {
    const container = mount(SHELL);
    stop = keepShellFocus(container);
    link(container, '/').focus();
    await replaceWith(container, LAYOUT);
    expect(document.activeElement).toBe(link(container, '/'));
    await replaceWith(container, LAYOUT);
    expect(document.activeElement).toBe(document.body);
  });
});
