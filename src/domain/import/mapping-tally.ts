/**
 * Counts the source rows a mapper placed by the two rules an analyst should know were used: a
 * period older than the geography read on its earliest vintage, and a replaced 2020 STP code
 * mapped through its ODS code (whose footprint moved in 2022). Each is one line of the report.
 */
import { STP_2020_ODS } from './stp-2020-codes';
import type { SystemMapper } from './system-map';

export interface MappingTally {
  mapper: SystemMapper;
  /** The report lines, none when neither rule was used. */
  lines: () => string[];
}

const add = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

export function tallyMappings(map: SystemMapper): MappingTally {
  const vintages = new Map<string, number>();
  const replaced = new Map<string, number>();
  const mapper: SystemMapper = (code, period) => {
    const mapping = map(code, period);
    if (mapping.ok && mapping.vintage) add(vintages, mapping.vintage);
    if (mapping.ok && mapping.via && STP_2020_ODS[mapping.via]) add(replaced, mapping.via);
    return mapping;
  };
  const lines = () => {
    const out = [...vintages].map(
      ([vintage, count]) =>
        `${count} rows of periods before ${vintage} read on the geography of ${vintage} (their STP code continues as the ICB's code)`,
    );
    if (replaced.size > 0) {
      const codes = [...replaced].sort(([a], [b]) => a.localeCompare(b));
      const total = codes.reduce((sum, [, count]) => sum + count, 0);
      const each = codes.map(([code, count]) => `${code} as ${STP_2020_ODS[code]!.ods} ${count}`);
      out.push(
        `${total} rows through replaced 2020 STP codes, whose footprints moved in 2022 (${each.join(', ')})`,
      );
    }
    return out;
  };
  return { mapper, lines };
}
