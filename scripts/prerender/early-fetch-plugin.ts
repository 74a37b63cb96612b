import type { Plugin } from 'vite';
import { earlyFetchScript } from '../../src/api/early-fetch/early-fetch-script';
import { builtChunks, chunkClosure } from './route-preloads';

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
  let defaultUrl = '/data/mesh/catalogue.json';
  let base = '/';
  return {
    name: 'early-feed-fetch',
    apply: 'build',
    configResolved(resolved) {
      const env = resolved.env as Record<string, string | undefined>;
      defaultUrl = env.VITE_FEED_URL ?? env.VITE_MESH_URL ?? defaultUrl;
      base = resolved.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const workers = Object.keys(bundle).filter((file) =>
          /(^|\/)feed\.worker-[\w-]+\.js$/.test(file),
        );
        if (workers.length !== 1) {
          throw new Error(`early-feed-fetch: expected one feed worker, found ${workers.length}`);
        }
        const chunks = builtChunks(bundle);
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // A module's scripts that index.html does not already list, as addresses.
        const scriptsOf = (module: string) => {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`early-feed-fetch: no chunk for ${module}`);
          return chunkClosure(byFile, chunk.fileName)
            .scripts.filter((file) => !html.includes(`"${base}${file}"`))
            .map((file) => `${base}${file}`);
        };
        const script = earlyFetchScript(defaultUrl, {
          workerUrl: `${base}${workers[0]}`,
          readerScripts: scriptsOf(BODY_READERS),
          meshScripts: scriptsOf(MESH_LOADER),
        });
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}
