/**
 * The production build served the way a static host or CDN serves it: precompressed brotli or
 * gzip chosen by Accept-Encoding, hashed assets cached for a year, everything else revalidated,
 * client routes answered with index.html, and a real 404 for a missing file.
 */
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import sirv from 'sirv';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, data, schemas and layouts change without changing their names: always revalidate
 * (cheap: the ETag answers 304 when nothing changed). */
export const REVALIDATE = 'no-cache';

/** Vite's hashed output sits directly in /assets/ as name-<8 character hash>.ext; copies of
 * public/assets/ (NHS icons, unhashed) sit in its subfolders and must not be cached for a year. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z]+(?:\.map)?$/;

export function cacheControlFor(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/** Types sirv's table lacks or gets wrong for this app's files (YAML's registered type is
 * application/yaml, RFC 9512). */
const CONTENT_TYPES: Record<string, string> = {
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.hexjson': 'application/json',
};

export function contentTypeFor(pathname: string): string | undefined {
  const dot = pathname.lastIndexOf('.');
  return dot < 0 ? undefined : CONTENT_TYPES[pathname.slice(dot).toLowerCase()];
}

function setHeaders(res: ServerResponse, pathname: string) {
  res.setHeader('Cache-Control', cacheControlFor(pathname));
  const type = contentTypeFor(pathname);
  if (type) res.setHeader('Content-Type', type);
}

/** Serves `dir`. A path with a file extension that is not there gets 404 (a missing feed must not
 * come back as the app's HTML); any other path is a client route and gets index.html. */
export function createStaticServer(dir: string): Server {
  const serve = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    single: true,
    setHeaders,
  });
  return createServer((req, res) => {
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', REVALIDATE);
      res.end('Not found\n');
    });
  });
}
