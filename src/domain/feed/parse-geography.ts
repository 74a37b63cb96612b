/** Geography tables, in dependency order: regions -> systems -> crosswalk and adjacency. */
import type { RowProblem, RowVerdict } from './feed-issues';
import { AdjacencySchema, CrosswalkSchema, RegionSchema, SystemSchema } from './feed-schema';
import type { Adjacency, Crosswalk, Region, System } from './feed-schema';
import type { IdRegistry } from './id-registry';
import {
  REGION_REF,
  SYSTEM_REF,
  duplicateProblem,
  rawId,
  referenceProblem,
  settle,
} from './id-registry';
import { plausibleSystem } from './system-plausibility';
import { rowPath, runTable, unlessDuplicate, verdictOf } from './table-run';
import type { TableOutcome } from './table-run';
import { validateRow } from './validate-row';

const REGIONS = '$.geography.regions';
const SYSTEMS = '$.geography.systems';
const CROSSWALK = '$.geography.crosswalk';
const ADJACENCY = '$.geography.adjacency';

/** Shares may be rounded by the publisher; this much slack is allowed around 1. */
export const CROSSWALK_SHARE_TOLERANCE = 0.001;

export function parseRegions(rows: unknown[], regions: IdRegistry<Region>): TableOutcome<Region> {
  return runTable('regions', REGIONS, rows, (raw, index) => {
    const path = rowPath(REGIONS, index);
    const verdict = unlessDuplicate(validateRow(RegionSchema, raw, path, 'region'), (region) =>
      duplicateProblem(regions, region.code, `${path}.code`, 'region code'),
    );
    return settle(regions, verdict.ok ? verdict.value.code : rawId(raw, 'code'), path, verdict);
  });
}

function judgeSystem(
  raw: unknown,
  path: string,
  regions: IdRegistry<Region>,
  systems: IdRegistry<System>,
): RowVerdict<System> {
  const parsed = validateRow(SystemSchema, raw, path, 'system');
  if (!parsed.ok) return parsed;
  const system = parsed.value;
  const checked = verdictOf(system, [
    referenceProblem(regions, system.regionCode, `${path}.regionCode`, REGION_REF, 'system'),
    validityOrderProblem(system, `${path}.validTo`),
  ]);
  const verdict = unlessDuplicate(checked, () =>
    duplicateProblem(systems, system.code, `${path}.code`, 'system code'),
  );
  if (!verdict.ok) return verdict;
  const { value, warnings } = plausibleSystem(system, path);
  return warnings.length === 0 ? verdict : { ok: true, value, warnings };
}

/** ISO dates compare correctly as strings. A system may begin and end on the same day. */
function validityOrderProblem(system: System, path: string): RowProblem | undefined {
  if (system.validTo === null || system.validTo >= system.validFrom) return undefined;
  return {
    path,
    reason: `validTo (${system.validTo}) is before validFrom (${system.validFrom}): a system cannot end before it begins`,
  };
}

export function parseSystems(
  rows: unknown[],
  regions: IdRegistry<Region>,
  systems: IdRegistry<System>,
): TableOutcome<System> {
  return runTable('systems', SYSTEMS, rows, (raw, index) => {
    const path = rowPath(SYSTEMS, index);
    const verdict = judgeSystem(raw, path, regions, systems);
    return settle(systems, verdict.ok ? verdict.value.code : rawId(raw, 'code'), path, verdict);
  });
}

function sharesProblem(to: Crosswalk['to'], path: string): RowProblem | undefined {
  const sum = to.reduce((total, successor) => total + successor.populationShare, 0);
  // A hair of extra slack so a sum of exactly 0.999 or 1.001 is not lost to floating point.
  if (Math.abs(sum - 1) <= CROSSWALK_SHARE_TOLERANCE + 1e-9) return undefined;
  const shown = String(Number(sum.toFixed(6)));
  return {
    path,
    reason: `The populationShare values must sum to 1 (within ${CROSSWALK_SHARE_TOLERANCE}), but they sum to ${shown}`,
  };
}

export function parseCrosswalk(
  rows: unknown[],
  systems: IdRegistry<System>,
): TableOutcome<Crosswalk> {
  const noun = 'crosswalk entry';
  return runTable('crosswalk', CROSSWALK, rows, (raw, index) => {
    const path = rowPath(CROSSWALK, index);
    const parsed = validateRow(CrosswalkSchema, raw, path, noun);
    if (!parsed.ok) return parsed;
    const { from, to } = parsed.value;
    return verdictOf(parsed.value, [
      referenceProblem(systems, from, `${path}.from`, SYSTEM_REF, noun),
      ...to.map((successor, i) =>
        referenceProblem(systems, successor.code, `${path}.to[${i}].code`, SYSTEM_REF, noun),
      ),
      sharesProblem(to, `${path}.to`),
    ]);
  });
}

export function parseAdjacency(
  rows: unknown[],
  systems: IdRegistry<System>,
): TableOutcome<Adjacency> {
  const noun = 'adjacency pair';
  return runTable('adjacency', ADJACENCY, rows, (raw, index) => {
    const path = rowPath(ADJACENCY, index);
    const parsed = validateRow(AdjacencySchema, raw, path, noun);
    if (!parsed.ok) return parsed;
    const { a, b } = parsed.value;
    const selfPair =
      a === b
        ? {
            path: `${path}.b`,
            reason: `A system cannot be adjacent to itself: a and b are both "${a}"`,
          }
        : undefined;
    return verdictOf(parsed.value, [
      referenceProblem(systems, a, `${path}.a`, SYSTEM_REF, noun),
      referenceProblem(systems, b, `${path}.b`, SYSTEM_REF, noun),
      selfPair,
    ]);
  });
}
