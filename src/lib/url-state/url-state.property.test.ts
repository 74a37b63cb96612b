import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageId } from './param-codec';
import { PRODUCT_STATES } from '../../domain/mesh/product-outcome';
import { STANDARD_SORT_COLUMNS } from '../../domain/tables/standard-row-order';
import { readPageState, writePageState } from './url-state';

const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const code = fc.stringMatching(/^[A-Z0-9]{1,9}$/);
// Weights the URL can hold exactly: 0 to 100 in thousandths.
const weight = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000);
const weights = fc.dictionary(id, weight, { maxKeys: 4 });
// Free text survives the round trip whatever it holds; lists of ids hold no commas or spaces.
const text = fc.string({ maxLength: 12 });
const period = fc.option(fc.stringMatching(/^20[0-9]{2}-Q[1-4]$/), { nil: null });
const metric = fc.oneof(
  fc.constant({ kind: 'overall' as const }),
  fc.record({
    kind: fc.constantFrom('category' as const, 'standard' as const, 'measure' as const),
    id,
  }),
);
const common = {
  period,
  categoryWeights: weights,
  standardWeights: weights,
  measuredUse: fc.boolean(),
  tables: fc.uniqueArray(id, { maxLength: 3 }),
  feed: fc.option(fc.webUrl(), { nil: null }),
};

const STATES: [PageId, fc.Arbitrary<Record<string, unknown>>][] = [
  [
    'national',
    fc.record({
      ...common,
      metric,
      measurePeriod: fc.option(fc.stringMatching(/^20[0-9]{2}-(0[1-9]|1[0-2])$/), { nil: null }),
      view: fc.constantFrom('score', 'compare'),
      map: fc.constantFrom('hex', 'geo'),
    }),
  ],
  [
    'standards',
    fc.record({
      ...common,
      standardsQuery: text,
      category: fc.option(id, { nil: null }),
      sort: fc.constantFrom(...STANDARD_SORT_COLUMNS),
      dir: fc.constantFrom('asc', 'desc'),
    }),
  ],
  ['systems', fc.record({ ...common, systemsQuery: text, region: fc.option(code, { nil: null }) })],
  ['compare', fc.record({ ...common, systems: fc.array(code, { maxLength: 9 }) })],
  [
    'system',
    fc.record({
      ...common,
      peers: fc.option(fc.uniqueArray(code, { maxLength: 6 }), { nil: null }),
      spine: fc.constantFrom('category', 'gap-peers', 'gap-england'),
    }),
  ],
  ['methodology', fc.record({ ...common, example: fc.option(code, { nil: null }) })],
  [
    'products',
    fc.record({
      ...common,
      productState: fc.option(fc.constantFrom(...PRODUCT_STATES), { nil: null }),
    }),
  ],
];

describe('parse(write(state)) is the state', () => {
  it.each(STATES)('on the %s page', (page, states) => {
    fc.assert(
      fc.property(states, (state) => {
        expect(readPageState(writePageState(state, page), page)).toEqual(state);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
