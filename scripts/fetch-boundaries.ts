/**
 * `npm run boundaries:fetch`: downloads the ONS ICB (April 2023) boundaries, simplifies them to
 * TopoJSON keyed by ONS code and writes public/geo/boundaries/icb23.topo.json, which the
 * dashboard's optional geographic map reads. The file is never committed (see docs/boundaries.md).
 * Exit codes: 0 written, 1 boundaries unusable, 2 bad options or download/read failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBoundariesArgs } from './boundaries/cli-args';
import type { BoundariesSource } from './boundaries/cli-args';
import { downloadBoundaries } from './boundaries/download';
import { formatSummary } from './boundaries/format-summary';
import { BOUNDARIES_ATTRIBUTION } from './boundaries/ons-service';
import { readJsonFile } from './boundaries/read-file';
import { geoJsonToTopology } from './boundaries/to-topology';
import { readReference } from './sample-feed/read-reference';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

async function readSource(source: BoundariesSource) {
  if (source.kind === 'file') return readJsonFile(source.path);
  console.log(`Downloading ${source.url}`);
  const download = await downloadBoundaries(source.url);
  return download.ok ? { ok: true as const, value: download.collection } : download;
}

async function main(): Promise<number> {
  const args = parseBoundariesArgs(process.argv.slice(2), projectRoot);
  if (!args.ok) {
    (args.help ? console.log : console.error)(args.message);
    return args.help ? 0 : 2;
  }
  const { source, keep, out } = args.options;
  const input = await readSource(source);
  if (!input.ok) {
    console.error(`boundaries:fetch: ${input.reason}`);
    return 2;
  }
  const expectedCodes = readReference().icb23.map((icb) => icb.code);
  const converted = geoJsonToTopology(input.value, { keep, expectedCodes });
  if (!converted.ok) {
    console.error(`boundaries:fetch: the boundaries cannot be used: ${converted.reason}`);
    return 1;
  }
  const text = `${JSON.stringify(converted.topology)}\n`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stdout.write(formatSummary(out, Buffer.byteLength(text), converted.stats));
  console.log(BOUNDARIES_ATTRIBUTION);
  return 0;
}

process.exitCode = await main();
