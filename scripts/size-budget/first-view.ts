/**
 * Which scripts a route needs before its first view, read from Vite's build manifest: the entry
 * chunk, the app it starts at once (EAGER_DYNAMIC_IMPORTS) and the route's lazy page chunk, each
 * with every chunk they import statically (the browser fetches those before running them). Other
 * dynamic imports are left out: they load later, on demand, which is the point of making them
 * dynamic.
 */

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The manifest key of the entry chunk (index.html for an app built from index.html). */
export function entryKey(manifest: Manifest): string {
  const keys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (keys.length !== 1) throw new Error(`expected one entry chunk, found ${keys.length}`);
  return keys[0] as string;
}

/** The files of `roots` and of every chunk they import statically, each once, sorted. */
export function staticClosure(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk "${key}"`);
    seen.add(key);
    pending.push(...(chunk.imports ?? []));
  }
  return [...seen].map((key) => (manifest[key] as ManifestChunk).file).sort();
}

/**
 * Modules the entry imports dynamically but at once, on every route: src/main.tsx loads the app
 * (React, the router, the shell) that way so that its evaluation is not part of the page's first
 * task; the build lists its scripts in index.html, so they are first-view JS like the entry's.
 */
export const EAGER_DYNAMIC_IMPORTS = ['src/app/start-app.tsx'];

/** The scripts the route whose lazy page module is `pageKey` needs for its first view. */
export function firstViewFiles(manifest: Manifest, pageKey: string): string[] {
  const eager = EAGER_DYNAMIC_IMPORTS.filter((key) => key in manifest);
  return staticClosure(manifest, [entryKey(manifest), ...eager, pageKey]).filter((file) =>
    /\.m?js$/.test(file),
  );
}
