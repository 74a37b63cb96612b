// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderAppShell } from './render-app-shell';

/** The markup as the browser will parse it from the built index.html. */
function parsed(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderAppShell(document);
  return root;
}

describe('renderAppShell', () => {
  it('has the skip link, header, menu, main region, loading message and footer', () => {
    const shell = parsed();
    expect(shell.querySelectorAll('header[role="banner"]')).toHaveLength(1);
    expect(shell.querySelectorAll('nav[aria-label="Menu"]')).toHaveLength(1);
    expect(shell.querySelectorAll('footer[role="contentinfo"]')).toHaveLength(1);
    const main = shell.querySelector('main');
    expect(main?.id).toBe('maincontent');
    expect(main?.className).toBe('nhsuk-main-wrapper app-main');
    expect(main?.parentElement?.className).toBe('nhsuk-width-container');
    expect(main?.querySelector('[role="status"]')?.textContent).toBe('Loading the dashboard…');
    const skip = shell.querySelector('a.nhsuk-skip-link');
    expect(skip?.getAttribute('href')).toBe('#maincontent');
    expect(shell.firstElementChild?.className).toBe('app-shell');
  });

  it('links every menu and footer item with a real address and marks no page as current', () => {
    const shell = parsed();
    const menu = [...shell.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(menu).toEqual([
      '/',
      '/systems',
      '/compare',
      '/standards',
      '/divides',
      '/say-and-do',
      '/data',
      '/methodology',
    ]);
    const footer = [...shell.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
    expect(footer).toEqual([
      '/accessibility',
      '/methodology',
      '/data',
      '/whats-new',
      '/access-our-data',
    ]);
    expect(shell.querySelectorAll('[aria-current]')).toHaveLength(0);
    expect(shell.querySelectorAll('strong')).toHaveLength(0);
  });

  it('carries no script and no inline event handler', () => {
    const shell = parsed();
    expect(shell.querySelectorAll('script')).toHaveLength(0);
    const handlers = [...shell.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    );
    expect(handlers).toEqual([]);
  });
});
