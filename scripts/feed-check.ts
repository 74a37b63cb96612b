/**
 * The publishers' feed checker: `npm run feed:check -- <file-or-url> [--json]`. Validates with
 * the app's own parser (parseFeed + feedWarnings) and prints what to fix; a data product on its
 * own is checked as the mesh checks it (scripts/feed-check/check-product-input.ts). Exit codes: 0 valid,
 * 1 rows rejected or fatal, 2 unreadable input. The logic lives in src/domain/feed/check-report.ts
 * and scripts/feed-check/; this file only wires them to the terminal.
 */
import { buildCheckReport, unreadableReport } from '../src/domain/feed/check-report';
import { parseFeed } from '../src/domain/feed/parse-feed';
import {
  checkProductInput,
  DEFAULT_REFERENCE,
  isDataProduct,
} from './feed-check/check-product-input';
import { parseCheckArgs } from './feed-check/cli-args';
import { formatReport } from './feed-check/format-report';
import { readInput } from './feed-check/read-input';

async function main(): Promise<number> {
  const args = parseCheckArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.message);
    return 2;
  }
  const now = args.now ?? new Date();
  const input = await readInput(args.source);
  const reference = args.reference ?? DEFAULT_REFERENCE;
  const report = !input.ok
    ? unreadableReport(args.source, input.reason, now)
    : isDataProduct(input.value)
      ? await checkProductInput(input.value, args.source, reference, now)
      : buildCheckReport(parseFeed(input.value), now, args.source);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.exitCode;
}

process.exitCode = await main();
