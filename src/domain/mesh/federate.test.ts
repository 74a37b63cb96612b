import { describe, expect, it } from 'vitest';
import { entryFor, minimalCatalogue } from '../../testing/fixtures/mesh/minimal-mesh';
import type { ProductCheck } from './check-product';
import { federate } from './federate';
import { grantOwnership } from './ownership';
import type { CatalogueEntry } from './product-schema';

/** A catalogue of `count` products; each read answers at once, each check waits to be released. */
function setUp(count: number) {
  const catalogue = minimalCatalogue();
  catalogue.products = Array.from({ length: count }, (_, index) => entryFor(`S${index + 1}`));
  const reads: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const release: (() => void)[] = [];
  const read = async (entry: CatalogueEntry) => {
    reads.push(entry.id);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await Promise.resolve();
    inFlight -= 1;
    return { ok: true, value: {} } as const;
  };
  const check = (_raw: unknown, entry: CatalogueEntry) =>
    new Promise<ProductCheck>((resolve) => {
      const fatal = { path: '$', reason: 'checked' };
      release.push(() => resolve({ ok: false, id: entry.id, kind: 'failed', fatal }));
    });
  const grants = grantOwnership(catalogue);
  const run = (concurrency: number) => federate({ catalogue, grants, read, check, concurrency });
  return { reads, release, run, mostInFlight: () => mostInFlight };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('federate', () => {
  it.each([
    [5, 2],
    [7, 6],
    [3, 1],
  ])(
    'reads all %i products while their checks wait, %i reads at a time',
    async (count, concurrency) => {
      const { reads, release, run, mostInFlight } = setUp(count);
      const done = run(concurrency);
      await settle();
      // Before: a product waiting for its check held its read slot, so only `concurrency` were read.
      expect(reads).toHaveLength(count);
      expect(mostInFlight()).toBeLessThanOrEqual(concurrency);
      for (const resolve of release) resolve();
      const outcomes = await done;
      expect([...outcomes.values()].map((outcome) => outcome.kind)).toEqual(
        Array.from({ length: count }, () => 'unusable'),
      );
    },
  );
});
