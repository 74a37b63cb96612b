import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchItems } from './search-items';
import { searchSite } from './site-search';

const systemArb = fc.record({
  code: fc.stringMatching(/^[A-Z][0-9A-Z]{2,9}$/),
  odsCode: fc.option(fc.stringMatching(/^[A-Z][0-9A-Z]{2}$/), { nil: undefined }),
  name: fc.string({ maxLength: 30 }),
  shortName: fc.string({ maxLength: 15 }),
  validTo: fc.constant(null),
});

describe('searchSite properties', () => {
  it('finds every system first by its exact code (ONS or ODS), whatever the others are called', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(systemArb, {
          minLength: 1,
          maxLength: 30,
          selector: (system) => system.code,
        }),
        fc.nat(),
        (systems, pick) => {
          const codes = new Set(systems.flatMap((s) => [s.code, s.odsCode ?? '']));
          const system = systems[pick % systems.length]!;
          const items = searchItems({ systems, crosswalk: [], standards: [], pages: [] });
          for (const code of [system.code, system.odsCode].filter((c) => c !== undefined)) {
            // A code shared with another system's other code names both; the test needs one owner.
            if (systems.filter((s) => s.code === code || s.odsCode === code).length > 1) continue;
            expect(codes.has(code)).toBe(true);
            const first = searchSite(items, code, 100).groups[0]?.results[0];
            expect(first?.item.key).toBe(system.code);
          }
        },
      ),
      { seed: 16, numRuns: 200 },
    );
  });

  it('never throws and never shows more than it counts', () => {
    const items = searchItems({
      systems: [{ code: 'E1', name: 'Élan', shortName: 'É', validTo: null }],
      crosswalk: [],
      standards: [{ id: 'a', name: 'A' }],
      pages: [{ to: '/', label: 'Home' }],
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const results = searchSite(items, text);
        expect(results.shown).toBeLessThanOrEqual(results.total);
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
