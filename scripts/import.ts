/**
 * The publishers' file importer: `npm run import -- <source> <files...> --out <product.json>`.
 * Reads a national publisher's own files (XLSX or CSV) and writes a source-aligned data product
 * (contract 1.2). The logic lives in src/domain/import/ and scripts/import/; this file only wires
 * them to the terminal and the clock. Exit codes as feed:check: 0 written, 1 unusable, 2 unreadable.
 */
import { parseImportArgs } from './import/cli-args';
import { formatImportReport } from './import/format-import-report';
import { runImport } from './import/run-import';

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2), () => new Date());
  if (!args.ok) {
    console.error(args.message);
    return 2;
  }
  const outcome = await runImport(args.value);
  process.stdout.write(formatImportReport(outcome));
  return outcome.exitCode;
}

process.exitCode = await main();
