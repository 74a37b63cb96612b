import { routePattern } from '../../src/app/route-preload/route-preload-script';
import type { RoutePreloads } from '../../src/app/route-preload/route-preload-script';

/** The part of a built chunk this needs (Rolldown's OutputChunk has these). */
export interface BuiltChunk {
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  css: string[];
}

/** A chunk and every chunk it imports statically, nearest first, and all their styles. */
export function chunkClosure(
  byFile: Map<string, BuiltChunk>,
  root: string,
): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const file = pending.shift() as string;
    if (scripts.includes(file)) continue;
    scripts.push(file);
    const chunk = byFile.get(file);
    pending.push(...(chunk?.imports ?? []));
    for (const css of chunk?.css ?? []) styles.add(css);
  }
  return { scripts, styles: [...styles] };
}

/** The bundle's chunks as BuiltChunk (Rolldown's output, as a Vite plugin hook sees it). */
export function builtChunks(bundle: Record<string, unknown>): BuiltChunk[] {
  return Object.values(bundle).flatMap((item) => {
    const chunk = item as {
      type: string;
      fileName: string;
      facadeModuleId: string | null;
      imports: string[];
      viteMetadata?: { importedCss?: Set<string> };
    };
    if (chunk.type !== 'chunk') return [];
    const { fileName, facadeModuleId, imports } = chunk;
    return [
      { fileName, facadeModuleId, imports, css: [...(chunk.viteMetadata?.importedCss ?? [])] },
    ];
  });
}

/**
 * Each route's page chunk with every chunk it imports statically, and their styles, leaving out
 * what index.html already lists (`listed`: the app's own scripts and styles). A route whose page
 * module has no chunk is an error: the route table has gone stale.
 */
export function routePreloads(
  chunks: BuiltChunk[],
  routes: { path: string; page: string }[],
  base: string,
  listed: (file: string) => boolean,
): RoutePreloads {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files: string[] = [];
  const index = (file: string) => {
    const href = `${base}${file}`;
    const at = files.indexOf(href);
    return at >= 0 ? at : files.push(href) - 1;
  };
  const table: RoutePreloads['routes'] = [];
  for (const route of routes) {
    const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/${route.page}`));
    if (!page) throw new Error(`route preloads: no chunk for ${route.page} (${route.path})`);
    const { scripts, styles } = chunkClosure(byFile, page.fileName);
    table.push({
      pattern: routePattern(base, route.path),
      scripts: scripts.filter((file) => !listed(file)).map(index),
      styles: styles.filter((file) => !listed(file)).map(index),
    });
  }
  return { files, routes: table };
}
