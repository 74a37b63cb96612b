/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of a build, so a
 * static host or CDN (and `npm start`) can send them as they are, with no compression per request.
 * Brotli at its best quality is too slow to run per request but fine once at build time.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats the app serves; images other than SVG are already compressed. Source maps are
 * only read by developer tools, so they are left out to keep the build quick. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|hexjson|geojson|topojson|yaml|svg|txt)$/;

/** Below this a compressed copy saves less than the response headers weigh. */
export const MIN_BYTES = 1024;

/** Brotli's best quality (11) costs about 4 s a megabyte here; above this size quality 9 is 30x
 * faster and some 20% larger (the 2.2 MB single feed: 8.4 s and 65 KB, or 0.3 s and 81 KB). */
export const BEST_QUALITY_MAX_BYTES = 1024 * 1024;

/** The static API's data files (docs/static-api.md): some 600 of them, fetched by analysts, not
 * on the page's first view; quality 11 on all of them doubled the build (84 s against 42 s). */
export const DATA_API_PREFIX = 'api/';

export function brotliQualityFor(bytes: number, path = ''): number {
  if (path.startsWith(DATA_API_PREFIX)) return 9;
  return bytes <= BEST_QUALITY_MAX_BYTES ? constants.BROTLI_MAX_QUALITY : 9;
}

export interface CompressedFile {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      // Dot folders (Vite's .vite/manifest.json) are build records, never served.
      .filter(
        (file) =>
          !relative(dir, file)
            .split(sep)
            .some((part) => part.startsWith('.')),
      )
  );
}

async function compressOne(dir: string, file: string): Promise<CompressedFile> {
  const content = await readFile(file);
  const path = relative(dir, file).split(sep).join('/');
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQualityFor(content.length, path),
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy no smaller than the original would only cost the host a lookup.
  if (br.length < content.length) await writeFile(`${file}.br`, br);
  if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
  return { file, bytes: content.length, gzip: gz.length, brotli: br.length };
}

/** Compresses every compressible file of at least `minBytes` under `dir`, a few at a time. */
export async function precompressDir(dir: string, minBytes = MIN_BYTES): Promise<CompressedFile[]> {
  const candidates: string[] = [];
  for (const file of await filesUnder(dir)) {
    if (COMPRESSIBLE.test(file) && (await stat(file)).size >= minBytes) candidates.push(file);
  }
  const done: CompressedFile[] = [];
  // zlib's async calls run on libuv's pool (4 threads); more at once only queue.
  for (let start = 0; start < candidates.length; start += 4) {
    done.push(
      ...(await Promise.all(
        candidates.slice(start, start + 4).map((file) => compressOne(dir, file)),
      )),
    );
  }
  return done;
}
