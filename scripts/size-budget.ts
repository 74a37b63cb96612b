/**
 * The JS size budget (issue 15): for every route, the gzip size of the scripts its first view
 * needs (the entry chunk, the route's page chunk and their static imports, from the build
 * manifest), against 150 kB. Prints a table; exits 1 when a route is over its budget.
 * Usage: tsx scripts/size-budget.ts [--dir dist] [--json]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from './size-budget/budget';
import { measureRoutes } from './size-budget/measure';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    json: { type: 'boolean', default: false },
  },
});
const dir = resolve(values.dir);
const rows = measureRoutes(dir);

if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else process.stdout.write(`First-view JS per route (gzip), ${dir}\n${formatTable(rows)}\n`);
for (const row of rows.filter((each) => each.verdict === 'goal not met')) {
  process.stderr.write(`goal not met: ${row.path} needs ${row.bytes} bytes (goal 150,000)\n`);
}
const over = rows.filter((row) => row.verdict === 'over budget');
if (over.length > 0) {
  process.stderr.write(`Over budget: ${over.map((row) => row.path).join(', ')}\n`);
  // exitCode, not exit(): exit() can cut off the table when stdout is a pipe.
  process.exitCode = 1;
}
