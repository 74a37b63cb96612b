/**
 * Which of a product's rows the ownership rules let it publish, before the row rules run. A domain
 * product publishes rows only for its own systems. A source-aligned product (a national
 * publisher's statistics) owns no systems: it may publish measurements for any system, and
 * observations for any system but only of the standards its own measures evidence, so an import
 * never speaks for a standard it does not measure. Technology rows stay with the systems' owners.
 */
import { createRegistry } from '../feed/id-registry';
import type { Measure } from '../feed/feed-schema';
import { parseMeasures } from '../feed/parse-measures';
import type { RowReference } from '../feed/reference-tables';
import { ownershipProblem } from './ownership';
import type { Grants } from './ownership';
import type { ProductDescriptor } from './product-schema';
import { splitOwnedRows } from './split-owned-rows';
import type { OwnedRows, RowRefusal } from './split-owned-rows';

export interface ProductRowSplits {
  observations: OwnedRows;
  technology: OwnedRows;
  measurements: OwnedRows;
}

/** The standards the product's valid measures name in `standardId`. */
function measuredStandards(measures: unknown, reference: RowReference): Set<string> {
  const rows = Array.isArray(measures) ? measures : [];
  const parsed = parseMeasures(rows, reference.ids.standards, createRegistry<Measure>());
  return new Set(parsed.values.flatMap((measure) => measure.standardId ?? []));
}

function observationOfMeasuredStandard(standards: ReadonlySet<string>) {
  return (_system: string, row: Record<string, unknown>): RowRefusal | null => {
    const standard = typeof row.standard === 'string' ? row.standard.trim() : null;
    // A row with no usable standard is left to the row rules, which say what is wrong with it.
    if (standard === null || standards.has(standard)) return null;
    return {
      field: 'standard',
      reason: `Standard ${JSON.stringify(standard)} is not one this source-aligned product measures; it may publish observations only of the standards its measures name in standardId`,
    };
  };
}

export function splitProductRows(
  raw: Record<string, unknown>,
  descriptor: ProductDescriptor,
  grants: Grants,
  reference: RowReference,
): ProductRowSplits {
  const declared = new Set(descriptor.domain);
  // Rows come grouped by system, so the last answer is kept: one lookup per run of equal systems.
  let lastSystem: string | undefined;
  let lastProblem: string | null = null;
  const owned = (system: string) => {
    if (system !== lastSystem) {
      lastSystem = system;
      lastProblem = ownershipProblem(system, descriptor.id, declared, grants);
    }
    return lastProblem;
  };
  const technology = splitOwnedRows(raw.technology, 'technology', owned);
  if (descriptor.alignment === 'source') {
    const standards = measuredStandards(raw.measures, reference);
    return {
      observations: splitOwnedRows(
        raw.observations,
        'observations',
        observationOfMeasuredStandard(standards),
      ),
      technology,
      measurements: splitOwnedRows(raw.measurements, 'measurements', () => null),
    };
  }
  return {
    observations: splitOwnedRows(raw.observations, 'observations', owned),
    technology,
    measurements: splitOwnedRows(raw.measurements, 'measurements', owned),
  };
}
