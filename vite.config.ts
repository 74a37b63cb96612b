import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type * as BundledApi from './scripts/api/write-bundled-api';
import type * as AppShell from './scripts/prerender/app-shell-plugin';
import type * as EarlyFetch from './scripts/prerender/early-fetch-plugin';
import type * as PreloadAppStart from './scripts/prerender/preload-app-start-plugin';
import type * as RoutePreload from './scripts/prerender/route-preload-plugin';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Serves msw's worker script in development only, straight from the installed package, so it
 * always matches the msw version and never lands in `dist/` (mocks never ship in the build).
 */
function mswWorkerInDev(): Plugin {
  return {
    name: 'msw-worker-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        const workerPath = require.resolve('msw/mockServiceWorker.js');
        void readFile(workerPath, 'utf8').then((script) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(script);
        });
      });
    },
  };
}

/**
 * nhsuk-frontend's CSS loads the Frutiger font from an NHS CDN. We drop those @font-face rules: the
 * page makes no third-party requests (privacy, offline use, no console errors where the CDN is
 * unreachable) and the design system's own fallback, Arial, is used.
 */
function dropRemoteNhsFonts(): Plugin {
  return {
    name: 'drop-remote-nhs-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('nhsuk-frontend') || !id.endsWith('.css')) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*assets\.nhs\.uk[^}]*\}/g, ''), map: null };
    },
  };
}

/**
 * The static API (docs/static-api.md): every build writes <outDir>/api/v1 from the bundled mesh.
 * The writer is loaded through tsx when the bundle is done, not imported with this config, which
 * vitest and the dev server read too.
 */
function staticApi(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'static-api',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) return;
      const { tsImport } = await import('tsx/esm/api');
      const writer = (await tsImport(
        './scripts/api/write-bundled-api.ts',
        import.meta.url,
      )) as typeof BundledApi;
      const outDir = resolve(config.root, config.build.outDir);
      config.logger.info(await writer.writeBundledApi(config.publicDir, outDir));
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    mswWorkerInDev(),
    dropRemoteNhsFonts(),
    staticApi(),
    // The app's own scripts listed in index.html beside the entry's (build only).
    import('tsx/esm/api')
      .then(({ tsImport }) =>
        tsImport('./scripts/prerender/preload-app-start-plugin.ts', import.meta.url),
      )
      .then((module: typeof PreloadAppStart) => module.preloadAppStart()),
    // The first page's data, asked for by an inline script before the app's code (build only).
    import('tsx/esm/api')
      .then(({ tsImport }) =>
        tsImport('./scripts/prerender/early-fetch-plugin.ts', import.meta.url),
      )
      .then((module: typeof EarlyFetch) => module.earlyFeedFetch()),
    // The opened page's own chunks, asked for at once by an inline script (build only).
    import('tsx/esm/api')
      .then(({ tsImport }) =>
        tsImport('./scripts/prerender/route-preload-plugin.ts', import.meta.url),
      )
      .then((module: typeof RoutePreload) => module.routePreload()),
    // The layout's static parts in the built index.html (scripts/prerender/; build only), loaded
    // through tsx like the static API's writer.
    import('tsx/esm/api')
      .then(({ tsImport }) => tsImport('./scripts/prerender/app-shell-plugin.ts', import.meta.url))
      .then((module: typeof AppShell) => module.appShell()),
    // The offline service worker (docs/offline.md): src/service-worker.ts with Workbox's precache
    // list of the built app and map layouts, never the data (the page keeps its last good data).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'service-worker.ts',
      injectRegister: null,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,ico,png}', 'geo/*'],
        globIgnores: ['data/**', 'schema/**', 'api/**'],
      },
    }),
  ],
  // nhsuk-frontend's compiled CSS carries an old IE hack that lightningcss rejects; recovering keeps
  // every NHS class intact.
  css: { lightningcss: { errorRecovery: true } },
  // The manifest lets scripts/size-budget.ts follow each route's chunks (it is a dotfile folder,
  // which the static server does not serve).
  build: { target: 'es2022', sourcemap: true, manifest: true },
  preview: { port: 4173, strictPort: true },
  test: {
    // About 3x the slowest quiet run of a single test (a CLI test that spawns tsx twice took 5 s)
    // on the two-core CI machine; Testing Library's own wait (setup-dom.ts) stays below it, so a
    // slow findBy reports what it was waiting for instead of being killed by the test timeout.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    // Component tests read the minimal feed as one file by default (src/testing/msw/handlers.ts),
    // so each can plant its own feed; the mesh path is tested by naming the catalogue in ?feed=.
    env: { VITE_FEED_URL: '/data/feed.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['src/testing/setup-msw.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/testing/setup-msw.ts', 'src/testing/setup-dom.ts'],
        },
      },
    ],
  },
});
