const EMPTY_ROOT = '<div id="root"></div>';
const NOSCRIPT = /\s*<noscript>[\s\S]*?<\/noscript>/;

/**
 * The built page with the app shell's markup inside `<div id="root">` (React's first render
 * replaces it). The page's `<noscript>` message moves to the end of the shell's main region:
 * without JavaScript it is then read where the content would be, not below the footer.
 */
export function withAppShell(html: string, shell: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error('app shell: index.html has no empty #root');
  if (shell.split('</main>').length !== 2) throw new Error('app shell: expected one </main>');
  const noscript = NOSCRIPT.exec(html)?.[0].trim() ?? '';
  const rest = html.replace(NOSCRIPT, '');
  return rest.replace(
    EMPTY_ROOT,
    `<div id="root">${shell.replace('</main>', `${noscript}</main>`)}</div>`,
  );
}
