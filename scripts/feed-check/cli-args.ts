/** Command-line options of feed-check.ts. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run feed:check -- <file-or-url> [--json] [--now ISO-DATE-TIME] [--reference FILE-OR-URL]

Checks a feed with the same parser as the dashboard and says what a publisher must fix.
A data product (a file with a "product" section and no geography) is checked on its own as the
data mesh checks it: against a reference product's systems, standards and periods, owning the
systems its descriptor declares.
  --json            print the report as JSON (stable keys) instead of text
  --now ISO         judge freshness as of this time instead of the clock (for repeatable checks)
  --reference FILE  the reference product a data product is checked against
                    (default: public/data/mesh/reference.json in this project)
Exit codes: 0 valid (warnings allowed), 1 rows rejected or fatal error, 2 input unreadable.`;

export type CheckArgs =
  | { ok: true; source: string; json: boolean; now: Date | null; reference: string | null }
  | { ok: false; message: string };

/** Also reads `mesh:check`'s options, which are the same; `usage` is the command's own help. */
export function parseCheckArgs(argv: string[], usage = USAGE): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        reference: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${usage}` };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !positionals[0]) {
    return { ok: false, message: `Give exactly one file or URL.\n\n${usage}` };
  }
  let now: Date | null = null;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) {
      return { ok: false, message: `--now must be an ISO date-time, got "${values.now}"` };
    }
  }
  return {
    ok: true,
    source: positionals[0],
    json: values.json,
    now,
    reference: values.reference ?? null,
  };
}
