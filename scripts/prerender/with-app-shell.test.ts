import { describe, expect, it } from 'vitest';
import { withAppShell } from './with-app-shell';

const PAGE = [
  '<body>',
  '  <div id="root"></div>',
  '  <noscript>',
  '    <p>Needs JavaScript.</p>',
  '  </noscript>',
  '  <script type="module" src="/a.js"></script>',
  '</body>',
].join('\n');

const SHELL = '<header></header><main id="maincontent"><p>Loading</p></main><footer></footer>';

describe('withAppShell', () => {
  it('puts the shell in #root and the noscript message at the end of its main region', () => {
    expect(withAppShell(PAGE, SHELL)).toBe(
      [
        '<body>',
        '  <div id="root"><header></header><main id="maincontent"><p>Loading</p><noscript>',
        '    <p>Needs JavaScript.</p>',
        '  </noscript></main><footer></footer></div>',
        '  <script type="module" src="/a.js"></script>',
        '</body>',
      ].join('\n'),
    );
  });

  it('keeps a page without a noscript message as it is, but for the shell', () => {
    expect(withAppShell('<div id="root"></div>', SHELL)).toBe(`<div id="root">${SHELL}</div>`);
  });

  it.each([
    ['no empty #root', '<div id="app"></div>', SHELL, /no empty #root/],
    ['a shell without a main region', PAGE, '<header></header>', /one <\/main>/],
  ])('refuses %s', (_, page, shell, error) => {
    expect(() => withAppShell(page, shell)).toThrow(error);
  });
});
