/**
 * `npm run mesh:check -- <catalogue file or URL> [--json] [--now ISO]`: checks every data product of
 * a mesh as the dashboard does (src/domain/mesh). Exit codes: 0 every product valid and on time,
 * 1 any late, missed or failing, 2 the catalogue or the reference product unusable.
 */
import { parseFeed } from '../src/domain/feed/parse-feed';
import { federate } from '../src/domain/mesh/federate';
import { meshReport } from '../src/domain/mesh/mesh-report';
import { readCatalogue } from '../src/domain/mesh/read-catalogue';
import { parseMeshCheckArgs } from './mesh-check/cli-args';
import { formatMeshReport } from './mesh-check/format-mesh-report';
import { baseUrlOf, productSource, readSource } from './mesh-check/mesh-sources';

const USAGE = `Usage: npm run mesh:check -- <catalogue file or URL> [--json] [--now ISO-DATE-TIME]

Checks every data product in a mesh catalogue with the dashboard's own rules.
  --json      print the report as JSON
  --now ISO   judge freshness as of this time instead of the clock (for repeatable checks)
Exit codes: 0 all valid and on time, 1 any late or failing, 2 catalogue or reference unusable.`;

function unusable(json: boolean, source: string, what: string, reason: string): number {
  const message = `${what} ${source} cannot be used: ${reason}`;
  process.stdout.write(json ? `${JSON.stringify({ fatal: message }, null, 2)}\n` : `${message}\n`);
  return 2;
}

async function main(): Promise<number> {
  const args = parseMeshCheckArgs(process.argv.slice(2), USAGE);
  if (!args.ok) {
    console.error(args.message);
    return 2;
  }
  const today = (args.now ?? new Date()).toISOString();
  const base = baseUrlOf(args.source);
  const rawCatalogue = await readSource(args.source);
  if (!rawCatalogue.ok)
    return unusable(args.json, args.source, 'The catalogue', rawCatalogue.reason);
  const read = readCatalogue(rawCatalogue.value);
  if (!read.ok)
    return unusable(
      args.json,
      args.source,
      'The catalogue',
      `${read.fatal.path}: ${read.fatal.reason}`,
    );
  const { catalogue, grants } = read;
  const referenceSource = productSource(base, catalogue.reference.url);
  const rawReference = await readSource(referenceSource);
  if (!rawReference.ok)
    return unusable(args.json, referenceSource, 'The reference product', rawReference.reason);
  const reference = parseFeed(rawReference.value);
  if (!reference.ok) {
    return unusable(
      args.json,
      referenceSource,
      'The reference product',
      `${reference.fatal.path}: ${reference.fatal.reason}`,
    );
  }
  const outcomes = await federate({
    catalogue,
    grants,
    reference: reference.feed,
    read: (entry) => readSource(productSource(base, entry.url)),
  });
  const report = meshReport(catalogue, grants.conflicts, reference.feed, outcomes, today);
  if (args.json) {
    const products = report.products.map(({ id, domain, state, freshness, counts, reasons }) => ({
      id,
      domain,
      state,
      freshness,
      counts,
      reasons,
    }));
    process.stdout.write(
      `${JSON.stringify({ products, conflicts: report.conflicts, summary: report.summary }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(formatMeshReport(report, args.source));
  }
  return report.exitCode;
}

process.exitCode = await main();
