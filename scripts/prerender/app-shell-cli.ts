/**
 * Prints the app shell's markup (render-app-shell.tsx) on stdout, for the build's app-shell
 * plugin, which runs it in a process of its own: the components need a DOM (jsdom, installed
 * here as the globals a browser has) and Vite's module handling (CSS imports, import.meta.env),
 * and neither should leak into the build's own process.
 */
import { JSDOM } from 'jsdom';
import { createServer, createServerModuleRunner } from 'vite';
import type * as Render from './render-app-shell';

const root = new URL('../..', import.meta.url).pathname;
const dom = new JSDOM('<!doctype html><html lang="en-GB"><body></body></html>', {
  url: 'http://localhost/app-shell',
});
const globals = globalThis as Record<string, unknown>;
const browser = dom.window as unknown as Record<string, unknown>;
// defineProperty: Node's own `navigator` is a getter that plain assignment cannot replace.
for (const name of ['window', 'document', 'navigator', 'sessionStorage', 'localStorage']) {
  Object.defineProperty(globals, name, {
    value: browser[name],
    configurable: true,
    writable: true,
  });
}
for (const name of ['HTMLElement', 'Element', 'Node', 'Event', 'MutationObserver']) {
  globals[name] = browser[name];
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let markup = '';
try {
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const { renderAppShell } = await runner.import<typeof Render>(
    '/scripts/prerender/render-app-shell.tsx',
  );
  markup = renderAppShell(dom.window.document);
  await runner.close();
} finally {
  await server.close();
}
// Exit once the markup is out: something the render leaves behind (jsdom's window, React's
// scheduler or the module runner) kept the process alive for 5 minutes after the work was done,
// and the build waits for this process to end.
dom.window.close();
process.stdout.write(markup, () => process.exit(0));
