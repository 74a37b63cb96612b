/** Command-line options of generate-sample-feed.ts, checked before any work is done. */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MetadataSchema } from '../../src/domain/feed/feed-schema';
import { DEFAULT_GENERATED_AT, DEFAULT_SEED } from './build-feed';
import { MAX_SCALE } from './scale';

export const DEFAULT_OUT = 'public/data/feed.json';

export const USAGE = `Usage: npm run generate:feed -- [options]

  --seed TEXT          seed of the synthetic values (default ${DEFAULT_SEED})
  --generated-at ISO   metadata.generatedAt (default ${DEFAULT_GENERATED_AT}); the clock is never read
  --out PATH           where to write (default ${DEFAULT_OUT})
  --scale N            benchmark feed: split every system into N synthetic areas (N=60 gives ~1M
                       observations). Needs --out outside public/, e.g. --out /tmp/feed-scale60.json
  --force              allow a scaled feed to be written into public/
  --help               show this text`;

export interface GeneratorOptions {
  seed: string;
  generatedAt: string;
  out: string;
  scale: number | null;
}

export type ParsedArgs =
  { ok: true; options: GeneratorOptions } | { ok: false; message: string; help?: boolean };

const generatedAtSchema = MetadataSchema.shape.generatedAt;

/** `projectRoot` resolves relative paths and finds public/. */
export function parseGeneratorArgs(argv: string[], projectRoot: string): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string' },
        'generated-at': { type: 'string' },
        out: { type: 'string' },
        scale: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { ok: false, message: USAGE, help: true };
  const generatedAt = values['generated-at'] ?? DEFAULT_GENERATED_AT;
  if (!generatedAtSchema.safeParse(generatedAt).success) {
    return { ok: false, message: `--generated-at must be an ISO date-time, got "${generatedAt}"` };
  }
  let scale: number | null = null;
  if (values.scale !== undefined) {
    scale = Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
      return { ok: false, message: `--scale must be a whole number from 1 to ${MAX_SCALE}` };
    }
  }
  if (scale !== null && values.out === undefined) {
    return {
      ok: false,
      message: `--scale needs --out, e.g. --out /tmp/feed-scale${scale}.json (large feeds are never committed)`,
    };
  }
  const out = resolve(projectRoot, values.out ?? DEFAULT_OUT);
  const fromPublic = relative(resolve(projectRoot, 'public'), out);
  const insidePublic = !fromPublic.startsWith('..') && !isAbsolute(fromPublic);
  if (scale !== null && insidePublic && !values.force) {
    return {
      ok: false,
      message: `refusing to write a scaled feed into public/ (${out}): it would ship with the app. Use --out /tmp/feed-scale${scale}.json, or --force.`,
    };
  }
  return { ok: true, options: { seed: values.seed ?? DEFAULT_SEED, generatedAt, out, scale } };
}
