/**
 * Registers the offline service worker in production builds only: in development it would serve
 * stale modules and fight Vite's hot reload (and msw's own worker, which owns the dev scope).
 * Registered after the page has loaded, so its precaching never competes with the first view.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/service-worker.js').catch(() => {
      // No worker (private mode, blocked storage): the app works online as before.
    });
  });
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
