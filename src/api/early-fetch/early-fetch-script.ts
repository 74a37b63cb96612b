import {
  EARLY_FETCH_GLOBAL,
  PAGE_READ_LIMIT_BYTES,
  PAGE_READ_LIMIT_ENCODED_BYTES,
} from './early-response';
import { FEED_SOURCE_STORAGE_KEY } from './early-feed-url';

/**
 * The inline script index.html runs before the app's code arrives (added to the built page by
 * scripts/prerender/early-fetch-plugin.ts). Without it the data waited for the app's code and
 * then for the first page's chunks, which took the six connections first: on the mesh the
 * reference product and the first products were requested ~0.4 s after the catalogue arrived
 * and then queued ~0.6 s behind the page's scripts (README "Data mesh"). So it starts, at once, the request for the feed or
 * catalogue the first page will show (the rules of early-feed-url.ts); when that is a catalogue,
 * it requests the reference product and the domain products too, in the catalogue's order (the
 * order the app reads them), the first wave at normal priority and the rest at low priority so
 * the page's scripts are not queued behind them. The rest wait until the feed worker is running
 * (`release`; see earlyFetchScript): Chromium fetches a module worker's script at its lowest priority, so
 * with every product already queued the worker that checks them started only once nearly all had
 * downloaded, and the first view waited for it (README "Data mesh"). The app takes each response
 * over by address (early-response.ts); a product it asks for before the release it fetches
 * itself, and the release then leaves it alone. Plain JavaScript of 2017: it runs before anything is compiled or polyfilled.
 * Only addresses on this site are fetched; any failure here is silent, and the app's own request
 * then reports it (or finds the failed response and reports that).
 */
export const FIRST_WAVE = 6;

/**
 * `workerUrl` is the built feed worker's address (the build finds it in the bundle); with it
 * the script starts the feed worker itself, before the app's code has loaded, and the app adopts
 * it (`takeWorker`). Started by the app, the worker's script was asked for only once the app's
 * scripts had run, and the products held for it were released only then: on `/` 590-600 ms after
 * navigation, and they then queued behind the national page's 40 chunks (README "Data mesh").
 * Here its request is queued at once, behind the page's scripts but ahead of the held products,
 * and the script releases them itself when the worker answers its first message. A worker that
 * cannot start releases them too, and the app then starts its own (which works on the page if
 * that cannot start either).
 *
 * `readerScripts` (src/api/feed-body-readers.ts, which the app imports to read any feed's body)
 * are asked for beside the feed, and `meshScripts` (the mesh loader, src/api/mesh/load-mesh.ts)
 * as soon as the first body turns out to be a catalogue. The app imports each only when it needs
 * it: the readers were asked for 200-300 ms after navigation, the loader once the app had read
 * the catalogue, and on `/` each then held up the first view by 50-150 ms (local builds, README
 * "Data mesh").
 */
export function earlyFetchScript(
  defaultUrl: string,
  {
    workerUrl,
    readerScripts = [],
    meshScripts = [],
  }: { workerUrl?: string; readerScripts?: string[]; meshScripts?: string[] } = {},
): string {
  return `(function () {
  var started = Object.create(null);
  var held = [];
  var released = false;
  var worker = null;
  var workerFailed = false;
  function release() {
    released = true;
    var rest = held;
    held = [];
    for (var i = 0; i < rest.length; i++) start(rest[i], true);
  }
  window[${JSON.stringify(EARLY_FETCH_GLOBAL)}] = {
    take: function (url) {
      var response = started[url];
      delete started[url];
      var waiting = held.indexOf(url);
      if (waiting >= 0) held.splice(waiting, 1);
      return response;
    },
    has: function (url) {
      return Boolean(started[url]);
    },
    peek: function (url) {
      return started[url];
    },
    release: release,
    takeWorker: function () {
      var taken = workerFailed ? null : worker;
      worker = null;
      return taken;
    }
  };
  // Id 0 is never one of the app's (its ids start at 1), so its reply is ignored there.
  function startWorker(url) {
    if (!url || typeof Worker !== 'function') return;
    try {
      worker = new Worker(url, { type: 'module' });
    } catch (e) {
      worker = null;
      return;
    }
    var spawned = worker;
    spawned.addEventListener('message', function answered(event) {
      if (!event.data || event.data.id !== 0) return;
      spawned.removeEventListener('message', answered);
      release();
    });
    spawned.addEventListener('error', function () {
      workerFailed = true;
      release();
    });
    spawned.postMessage({ id: 0, message: { kind: 'ping' } });
  }
  startWorker(${JSON.stringify(workerUrl ?? null)});
  function webAddress(address, base) {
    try {
      var url = new URL(address, base);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
    } catch (e) {
      return null;
    }
  }
  function storedUrl() {
    try {
      var parsed = JSON.parse(sessionStorage.getItem(${JSON.stringify(FEED_SOURCE_STORAGE_KEY)}) || 'null');
      return parsed && parsed.kind === 'url' && typeof parsed.url === 'string' ? parsed.url : null;
    } catch (e) {
      return null;
    }
  }
  function start(url, low) {
    if (!started[url]) {
      // The app's own headers: a preview or SPA server answers a missing file with the page
      // (200, HTML) unless JSON is asked for, and the app must see the 404 it would have seen.
      var init = { headers: { Accept: 'application/json' } };
      if (low) init.priority = 'low';
      started[url] = fetch(url, init);
      started[url].catch(function () {});
    }
    return started[url];
  }
  // The rule of smallEnoughForPage (early-response.ts): the app reads a feed's early response
  // itself only when its headers declare a small body (or it is the bundled catalogue); any other
  // is the feed worker's to fetch. So the script cancels and forgets any other as soon as its
  // headers come. Left running until the app dropped it (about a second later, once its code had
  // loaded), the page took in 2-6 MB of a 60 MB feed for nothing, and 15-20 MB in one task of up
  // to 269 ms when the catalogue check below read a clone of it: Chromium's clone reads the
  // shared body as fast as it comes, keeping it for the unread original (issue 18 item 6). The
  // price: a catalogue of no declared size at another address has its products asked for by the
  // app, not here.
  function smallEnoughForPage(response) {
    var declared = response.headers.get('Content-Length');
    var length = declared === null ? NaN : Number(declared);
    var limit = response.headers.get('Content-Encoding') ? ${PAGE_READ_LIMIT_ENCODED_BYTES} : ${PAGE_READ_LIMIT_BYTES};
    return isFinite(length) && length >= 0 && length <= limit;
  }
  function drop(url, response) {
    // Once the app has taken the response it reads it (a page without a worker does): left alone.
    if (started[url] === undefined) return;
    delete started[url];
    if (response.body) response.body.cancel().catch(function () {});
  }
  var CATALOGUE = /"catalogueVersion"\\s*:/;
  function preload(scripts) {
    try {
      for (var i = 0; i < scripts.length; i++) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.fetchPriority = 'low';
        link.href = scripts[i];
        document.head.appendChild(link);
      }
    } catch (e) {}
  }
  function catalogueText(response) {
    if (!response || !response.ok || !response.body) return null;
    var reader = response.clone().body.getReader();
    var decoder = new TextDecoder();
    var text = '';
    function next() {
      return reader.read().then(function (chunk) {
        if (chunk.done) return text;
        text += decoder.decode(chunk.value, { stream: true });
        if (text.length > 1048576 || (text.length >= 4096 && !CATALOGUE.test(text.slice(0, 4096)))) {
          reader.cancel();
          return null;
        }
        return next();
      });
    }
    return next();
  }
  // Session storage is read first and always: the page's first read of it waits on the browser
  // process (0-237 ms in big-feed profiles), and here it overlaps the download, where the router's
  // own first read at app start would block the page.
  var stored = storedUrl();
  var page = location.href;
  var param = new URL(page).searchParams.get('feed');
  var chosen = (param ? webAddress(param, page) : null) || webAddress(stored || ${JSON.stringify(defaultUrl)}, page);
  if (!chosen || chosen.origin !== location.origin) return;
  var feedUrl = chosen.href;
  // The app reads the bundled catalogue whatever its headers say (early-response.ts, knownSmall).
  var defaultAddress = webAddress(${JSON.stringify(defaultUrl)}, page);
  var alwaysRead = defaultAddress !== null && feedUrl === defaultAddress.href;
  var first = start(feedUrl, false);
  preload(${JSON.stringify(readerScripts)});
  first
    .then(function (response) {
      if (!alwaysRead && !smallEnoughForPage(response)) {
        drop(feedUrl, response);
        return null;
      }
      return catalogueText(response);
    })
    .then(function (text) {
      if (!text || !CATALOGUE.test(text.slice(0, 4096))) return;
      preload(${JSON.stringify(meshScripts)});
      var catalogue = JSON.parse(text);
      var entries = [catalogue.reference].concat(catalogue.products);
      for (var i = 0; i < entries.length; i++) {
        var entry = entries[i];
        var url = entry && typeof entry.url === 'string' ? webAddress(entry.url, feedUrl) : null;
        if (!url || url.origin !== location.origin) continue;
        if (i <= ${FIRST_WAVE}) start(url.href, false);
        else if (released) start(url.href, true);
        else held.push(url.href);
      }
    })
    .catch(function () {});
})();`;
}
