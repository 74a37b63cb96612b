/**
 * `npm run build:hex`: builds the equal-area hex cartogram of the 42 ICBs of April 2023 from the
 * reference centroids and borders, writes public/geo/icb23.hexjson and prints what it kept.
 * Deterministic: running it twice gives the same bytes. See docs/hex-layout.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIcbLayout, LONDON_REGION } from './hex-layout/icb-layout';
import { formatReport } from './hex-layout/report';
import { serialiseHexJson } from './hex-layout/serialise-hexjson';
import { readReference } from './sample-feed/read-reference';

const OUTPUT = fileURLToPath(new URL('../public/geo/icb23.hexjson', import.meta.url));

const reference = readReference();
const built = buildIcbLayout(reference);
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, serialiseHexJson(built.hexjson));
const codesIn = (region: string) =>
  reference.icb23.filter((icb) => icb.regionCode === region).map((icb) => icb.code);
const report = formatReport(built, 'public/geo/icb23.hexjson', [
  { name: "London's ICBs (kept together)", codes: codesIn(LONDON_REGION) },
  ...reference.regions.map((region) => ({
    name: `Region ${region.name}`,
    codes: codesIn(region.code),
  })),
]);
console.log(report.join('\n'));
