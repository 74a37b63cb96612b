import type { Plugin } from 'vite';
import { earlyFetchScript } from '../../src/api/early-fetch/early-fetch-script';
import { builtHtmlPlugin } from './built-html-plugin';
import { chunkClosure } from './route-preloads';

/** What the page imports to read any feed's body, and the mesh's loader, for a catalogue. */
const BODY_READERS = '/src/api/feed-body-readers.ts';
const MESH_LOADER = '/src/api/mesh/load-mesh.ts';

/**
 * The built page starts the first page's data requests itself, before the app's code has loaded
 * (src/api/early-fetch/early-fetch-script.ts), and with them the feed worker, the scripts that
 * read a body and, for a catalogue, the mesh loader's. Build only: the dev server's mock API (msw) starts with
 * the app, and requests made before it would bypass it. The default address follows
 * src/api/feed-url.ts and src/api/mesh/mesh-url.ts, which read the same variables.
 */
export function earlyFeedFetch(): Plugin {
  return builtHtmlPlugin('early-feed-fetch', ({ files, chunks, chunkOf, href, listed, config }) => {
    const env = config.env as Record<string, string | undefined>;
    const defaultUrl = env.VITE_FEED_URL ?? env.VITE_MESH_URL ?? '/data/mesh/catalogue.json';
    const workers = files.filter((file) => /(^|\/)feed\.worker-[\w-]+\.js$/.test(file));
    if (workers.length !== 1) {
      throw new Error(`early-feed-fetch: expected one feed worker, found ${workers.length}`);
    }
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    // A module's scripts that index.html does not already list, as addresses.
    const scriptsOf = (module: string) =>
      chunkClosure(byFile, chunkOf(module).fileName)
        .scripts.filter((file) => !listed(file))
        .map(href);
    const script = earlyFetchScript(defaultUrl, {
      workerUrl: href(workers[0] as string),
      readerScripts: scriptsOf(BODY_READERS),
      meshScripts: scriptsOf(MESH_LOADER),
    });
    return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
  });
}
