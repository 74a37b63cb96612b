import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { builtChunks } from './route-preloads';
import type { BuiltChunk } from './route-preloads';

/** What a plugin made with builtHtmlPlugin gets to add its tags to the built index.html. */
export interface BuiltPage {
  /** The page so far, with what earlier plugins added. */
  html: string;
  /** Every file of the build, chunks and assets, by name. */
  files: string[];
  chunks: BuiltChunk[];
  /** The chunk whose module's path ends with `module`; the build fails if there is none. */
  chunkOf: (module: string) => BuiltChunk;
  /** A file's address on the site (the build's base, then its name). */
  href: (file: string) => string;
  /** Whether index.html already names the file. */
  listed: (file: string) => boolean;
  config: ResolvedConfig;
}

/**
 * A build-only plugin that adds tags to index.html once the bundle is known (Vite's post-order
 * transformIndexHtml): the app's own scripts, the early fetch script and the route preloads
 * are each one of these, in the order the config lists them.
 */
export function builtHtmlPlugin(
  name: string,
  tags: (page: BuiltPage) => HtmlTagDescriptor[],
): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!config) throw new Error(`${name}: no resolved config`);
        const base = config.base;
        const bundle = ctx.bundle ?? {};
        const chunks = builtChunks(bundle);
        const chunkOf = (module: string) => {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`${name}: no chunk for ${module}`);
          return chunk;
        };
        const href = (file: string) => `${base}${file}`;
        const listed = (file: string) => html.includes(`"${href(file)}"`);
        return tags({ html, files: Object.keys(bundle), chunks, chunkOf, href, listed, config });
      },
    },
  };
}
