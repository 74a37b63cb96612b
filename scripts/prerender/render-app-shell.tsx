import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { AppShell } from '../../src/app/layout/app-shell';

/**
 * A path no menu item matches: one HTML file serves every route, so the built shell marks no
 * page as current.
 */
const NO_PAGE = '/app-shell';

/**
 * The app shell's markup (src/app/layout/app-shell.tsx), rendered by the real components into a
 * detached element of `doc` (jsdom at build time). The client renderer rather than
 * react-dom/server: the header and footer read the feed source with useSyncExternalStore and
 * `window.location`, which a server render refuses. The shell's own query client fetches nothing.
 */
export function renderAppShell(doc: Document): string {
  const container = doc.createElement('div');
  const root = createRoot(container);
  flushSync(() => {
    root.render(
      <MemoryRouter initialEntries={[NO_PAGE]}>
        <AppShell />
      </MemoryRouter>,
    );
  });
  const html = container.innerHTML;
  root.unmount();
  return html;
}
