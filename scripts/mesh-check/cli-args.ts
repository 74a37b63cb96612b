/**
 * Command-line options of mesh-check.ts: feed:check's, less --reference. A catalogue names its own
 * reference product, so a --reference here would be ignored; it is refused, saying where the
 * reference comes from, rather than let an analyst believe the mesh was checked against theirs.
 */
import type { CheckArgs } from '../feed-check/cli-args';
import { parseCheckArgs } from '../feed-check/cli-args';

export function parseMeshCheckArgs(argv: string[], usage: string): CheckArgs {
  const reference = argv.find((arg) => arg === '--reference' || arg.startsWith('--reference='));
  if (reference !== undefined) {
    return {
      ok: false,
      message: `Unknown option '--reference': mesh:check reads the reference product the catalogue names (its "reference.url"); to check one product against another reference use feed:check --reference.\n\n${usage}`,
    };
  }
  return parseCheckArgs(argv, usage);
}
