/**
 * The latest the worker waits for the data after the page has loaded: a product that stalls can
 * hold a load open for half a minute, and a reader should not lose offline use for it.
 */
export const REGISTER_AT_LATEST_MS = 10_000;

function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * Registers the offline service worker in production builds only: in development it would serve
 * stale modules and fight Vite's hot reload (and msw's own worker, which owns the dev scope).
 * Registered once the page has loaded and the first page's data has settled (`dataSettled`), or
 * REGISTER_AT_LATEST_MS after load: installing precaches the whole build (about 170 files), and
 * on the six connections a browser opens to a site those requests queued beside the mesh's data
 * products, delaying the first view (README "Data mesh").
 */
export function registerServiceWorker(dataSettled: Promise<unknown> = Promise.resolve()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void pageLoaded()
    .then(() =>
      Promise.race([
        dataSettled.catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, REGISTER_AT_LATEST_MS)),
      ]),
    )
    .then(() =>
      navigator.serviceWorker.register('/service-worker.js').catch(() => {
        // No worker (private mode, blocked storage): the app works online as before.
      }),
    );
  reloadOnceWhenAChunkHasGone();
}

const RELOADED_KEY = 'interop-reloaded-for-new-build';

/**
 * A tab opened on the previous build may ask for a lazy chunk the new build replaced. Vite reports
 * that as `vite:preloadError`; one reload brings the new build. The session flag stops a loop
 * when the chunk is missing for another reason (offline with nothing precached).
 */
function reloadOnceWhenAChunkHasGone(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (sessionStorage.getItem(RELOADED_KEY)) return;
    sessionStorage.setItem(RELOADED_KEY, '1');
    event.preventDefault();
    window.location.reload();
  });
}
