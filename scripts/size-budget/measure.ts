/**
 * Reads a build (its manifest and scripts) and gives each route's first-view JS against its
 * budget; the file-reading half of the size check, shared by the check and the web bench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { judgeRoute } from './budget';
import type { RouteVerdict } from './budget';
import { firstViewFiles } from './first-view';
import type { Manifest } from './first-view';
import { ROUTE_BUDGETS } from './routes';

export function measureRoutes(dir: string): RouteVerdict[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gzipSizes = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipSizes.get(file);
    if (size === undefined) {
      // Level 9, as the build's own .gz copies (scripts/serve/precompress.ts).
      const content = readFileSync(join(dir, file));
      size = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
      gzipSizes.set(file, size);
    }
    return size;
  };
  return ROUTE_BUDGETS.map((budget) => {
    const files = firstViewFiles(manifest, budget.page);
    const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
    return judgeRoute({ path: budget.path, bytes, files: files.length }, budget);
  });
}
