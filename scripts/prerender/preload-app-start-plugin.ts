import type { Plugin } from 'vite';
import { builtHtmlPlugin } from './built-html-plugin';
import { chunkClosure } from './route-preloads';

/**
 * The entry imports the app (src/app/start-app.tsx) dynamically, so that React, the router and the
 * shell evaluate in a task of their own rather than in the page's first (src/main.tsx). Vite lists
 * only the entry's static imports in index.html; this lists the app's scripts there too, so the
 * browser fetches them beside the entry's instead of after the entry has run.
 */
export function preloadAppStart(): Plugin {
  return builtHtmlPlugin('preload-app-start', ({ chunks, chunkOf, href, listed }) => {
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const { scripts, styles } = chunkClosure(byFile, chunkOf('/src/app/start-app.tsx').fileName);
    const link = (rel: string, file: string) => ({
      tag: 'link',
      attrs: { rel, crossorigin: '', href: href(file) },
      injectTo: 'head' as const,
    });
    // The app's styles (the header's search) as the preload helper would add them, but
    // fetched with the page's own; the helper finds the link and does not add another.
    return [
      ...styles.filter((file) => !listed(file)).map((file) => link('stylesheet', file)),
      ...scripts.filter((file) => !listed(file)).map((file) => link('modulepreload', file)),
    ];
  });
}
