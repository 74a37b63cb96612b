/** Command-line options of fetch-boundaries.ts. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ONS_ICB23_BOUNDARIES_URL } from './ons-service';

export const DEFAULT_KEEP = 0.05;
export const DEFAULT_OUT = 'public/geo/boundaries/icb23.topo.json';

export const USAGE = `Usage: npm run boundaries:fetch -- [--url URL | --from FILE] [--keep SHARE] [--out FILE]

Downloads the ONS Integrated Care Boards (April 2023) boundaries, simplifies them and writes
TopoJSON keyed by ONS code (ICB23CD) for the dashboard's optional geographic map.
  --url URL     GeoJSON query to download (default: the ONS Open Geography Portal service)
  --from FILE   convert a GeoJSON file already downloaded instead (no network)
  --keep SHARE  share of removable points to keep, above 0 and at most 1 (default ${DEFAULT_KEEP})
  --out FILE    where to write (default ${DEFAULT_OUT})
Exit codes: 0 written, 1 the boundaries are unusable, 2 bad options or download/read failed.`;

export type BoundariesSource = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export interface BoundariesOptions {
  source: BoundariesSource;
  keep: number;
  out: string;
}

export type BoundariesArgs =
  { ok: true; options: BoundariesOptions } | { ok: false; help: boolean; message: string };

const fail = (message: string): BoundariesArgs => ({
  ok: false,
  help: false,
  message: `${message}\n\n${USAGE}`,
});

function sourceOf(url: string | undefined, from: string | undefined, root: string) {
  if (from !== undefined) return { kind: 'file' as const, path: resolve(root, from) };
  return { kind: 'url' as const, url: url ?? ONS_ICB23_BOUNDARIES_URL };
}

export function parseBoundariesArgs(argv: string[], root: string): BoundariesArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        from: { type: 'string' },
        keep: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) return { ok: false, help: true, message: USAGE };
  if (values.url !== undefined && values.from !== undefined) {
    return fail('Give either --url or --from, not both.');
  }
  if (values.url !== undefined && !/^https?:\/\//i.test(values.url)) {
    return fail(`--url must be an http(s) address, got "${values.url}"`);
  }
  const keep = values.keep === undefined ? DEFAULT_KEEP : Number(values.keep);
  if (!Number.isFinite(keep) || keep <= 0 || keep > 1) {
    return fail(`--keep must be a number above 0 and at most 1, got "${values.keep}"`);
  }
  return {
    ok: true,
    options: {
      source: sourceOf(values.url, values.from, root),
      keep,
      out: resolve(root, values.out ?? DEFAULT_OUT),
    },
  };
}
