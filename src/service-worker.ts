/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/**
 * The app shell offline (docs/offline.md). Workbox precaches the built HTML, scripts, styles,
 * icons and map layouts, and answers every in-app page address with index.html, so a reader who
 * has visited once can open any page without a network. The data is not handled here: the page
 * keeps the last feed or mesh that passed its contract (src/api/last-good) and reads it back
 * itself when a fetch fails, so a failed contract can never be cached by accident.
 */
declare const self: ServiceWorkerGlobalScope;

// A new build takes over at once and old precached files are removed, so no tab runs old code
// for long; a tab still on the old build reloads if it asks for a chunk that has gone
// (src/app/offline/register-service-worker.ts).
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

precacheAndRoute(self.__WB_MANIFEST);

// Addresses whose last segment has a dot are files (the feed, the schema, sitemap), not pages.
const FILE_PATH = /\/[^/]*\.[^/]*$/;
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [FILE_PATH] }),
);
