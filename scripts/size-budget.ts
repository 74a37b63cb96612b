/**
 * The JS size budget (issue 15): for every route, the gzip size of the scripts its first view
 * needs (the entry chunk, the route's page chunk and their static imports, from the build
 * manifest), against 150 kB. Prints a table; exits 1 when a route is over its budget.
 * Usage: tsx scripts/size-budget.ts [--dir dist] [--json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import { formatTable, judgeRoute } from './size-budget/budget';
import { firstViewFiles } from './size-budget/first-view';
import type { Manifest } from './size-budget/first-view';
import { ROUTE_BUDGETS } from './size-budget/routes';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    json: { type: 'boolean', default: false },
  },
});
const dir = resolve(values.dir);
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;

const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    // Level 9, as the build's own .gz copies (scripts/serve/precompress.ts).
    size = gzipSync(readFileSync(join(dir, file)), { level: constants.Z_BEST_COMPRESSION }).length;
    gzipSizes.set(file, size);
  }
  return size;
}

const rows = ROUTE_BUDGETS.map((budget) => {
  const files = firstViewFiles(manifest, budget.page);
  const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  return judgeRoute({ path: budget.path, bytes, files: files.length }, budget);
});

if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else process.stdout.write(`First-view JS per route (gzip), ${dir}\n${formatTable(rows)}\n`);
const over = rows.filter((row) => row.verdict === 'over budget');
for (const row of rows.filter((each) => each.verdict === 'goal not met')) {
  process.stderr.write(`goal not met: ${row.path} needs ${row.bytes} bytes (goal 150,000)\n`);
}
if (over.length > 0) {
  process.stderr.write(`Over budget: ${over.map((row) => row.path).join(', ')}\n`);
  // exitCode, not exit(): exit() can cut off the table when stdout is a pipe.
  process.exitCode = 1;
}
