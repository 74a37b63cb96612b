/**
 * `npm run api:build -- <feed.json or catalogue.json or URL> --out <dir> [--now ISO]`: writes the
 * static API (docs/static-api.md) for any feed or mesh into <dir>/api/v1. Exit 0 written, 2 the
 * arguments or the input unusable.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { writeApi } from './write-api';

const USAGE = `Usage: npm run api:build -- <feed or catalogue file or URL> --out <dir> [--now ISO]

Writes the static API into <dir>/api/v1 (JSON, CSV, CSVW and JSON Schemas).
  --out DIR   the folder to write into (its api/v1 is replaced)
  --now ISO   judge data product freshness as of this time instead of the clock`;

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, now: { type: 'string' } },
    });
    const now = values.now === undefined ? new Date() : new Date(values.now);
    if (positionals.length !== 1 || values.out === undefined || Number.isNaN(now.getTime()))
      return null;
    return { input: positionals[0]!, out: values.out, now };
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args === null) {
    console.error(USAGE);
    return 2;
  }
  const result = await writeApi(args.input, args.out, {
    generatedFrom: basename(args.input),
    now: args.now,
  });
  if (!result.ok) {
    console.error(`${args.input} cannot be used: ${result.reason}`);
    return 2;
  }
  const { apiDir, files, bytes } = result.summary;
  console.log(`Wrote ${files} files (${bytes.toLocaleString('en-GB')} bytes) into ${apiDir}`);
  return 0;
}

process.exitCode = await main();
