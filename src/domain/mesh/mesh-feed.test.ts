import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { productFor } from '../../testing/fixtures/mesh/minimal-mesh';
import {
  grants,
  outcomeFor as loaded,
  outcomesWithUnreachable,
  reference,
  referenceParse,
} from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { mergeMesh } from './merge-mesh';
import { meshFeedParts } from './mesh-feed';
import {
  basedOnProducts,
  groupMissingWord,
  isLoadingText,
  rankGapNote,
  loadingText,
  unavailableSystems,
  unavailableText,
} from './no-data-text';
import type { ProductOutcome } from './product-outcome';

describe('unavailableText and basedOnProducts', () => {
  it.each([
    ['ics-s2', 'HTTP 404 Not Found', 'No data: ics-s2 is unavailable (HTTP 404 Not Found)'],
    [
      'somerset',
      'it uses another contract version',
      'No data: somerset is unavailable (it uses another contract version)',
    ],
  ])('%s, %s', (product, reason, expected) => {
    expect(unavailableText(product, reason)).toBe(expected);
  });

  it.each([
    [{ loaded: 42, total: 42 }, null],
    [{ loaded: 39, total: 42 }, 'based on 39 of 42 data products'],
    [{ loaded: 0, total: 1 }, 'based on 0 of 1 data products'],
  ])('%o reads %s', (products, expected) => {
    expect(basedOnProducts(products)).toBe(expected);
  });
});

describe('meshFeedParts', () => {
  it('adds every usable product’s rows and issues, with the product named in each path', () => {
    const s1 = productFor('S1');
    // One row S1 does not own (S2's) and one it does with a coverage the contract refuses.
    const foreign = { ...productFor('S2').observations[0] };
    const bad = { ...s1.observations[0], coverage: 7 };
    s1.observations = [...s1.observations, foreign, bad];
    const outcomes: ProductOutcome[] = [
      loaded('S1', s1),
      { kind: 'unreachable', id: 'ics-s2', reason: 'HTTP 404 Not Found' },
      loaded('S3'),
    ];
    const parts = meshFeedParts(referenceParse, outcomes);
    const s1Rows = productFor('S1').observations.length;
    const s3Rows = productFor('S3').observations.length;
    expect(parts.counts.observations).toEqual({
      read: s1Rows + 2 + s3Rows,
      accepted: s1Rows + s3Rows,
      rejected: 2,
    });
    // Reference tables keep the reference product's counts.
    expect(parts.counts.systems).toEqual(referenceParse.counts.systems);
    const rowIssues = parts.issues.filter((issue) => issue.table === 'observations');
    expect(rowIssues).toHaveLength(2);
    expect(rowIssues.every((issue) => issue.path.startsWith('ics-s1: $.observations['))).toBe(true);
  });

  it('counts nothing for a mesh with no usable product', () => {
    const parts = meshFeedParts(referenceParse, [{ kind: 'pending', id: 'ics-s1' }]);
    expect(parts.counts.observations).toEqual({ read: 0, accepted: 0, rejected: 0 });
    expect(parts.counts.technology).toEqual({ read: 0, accepted: 0, rejected: 0 });
  });
});

describe('unavailableSystems', () => {
  it('names each system of an unavailable product, and no other', () => {
    const outcomes = outcomesWithUnreachable('S2');
    const merged = mergeMesh(reference, outcomes, grants);
    expect([...unavailableSystems(merged)]).toEqual([
      ['S2', 'No data: ics-s2 is unavailable (HTTP 404 Not Found)'],
    ]);
  });

  it('says Loading, not No data, for a system whose product has not arrived yet', () => {
    const outcomes = outcomesWithUnreachable('S2').map((outcome): ProductOutcome =>
      outcome.id === 'ics-s3' ? { kind: 'pending', id: 'ics-s3' } : outcome,
    );
    const merged = mergeMesh(reference, outcomes, grants);
    expect(merged.sources.get('S3')).toEqual({ kind: 'pending', product: 'ics-s3' });
    expect([...unavailableSystems(merged)]).toEqual([
      ['S2', 'No data: ics-s2 is unavailable (HTTP 404 Not Found)'],
      ['S3', 'Loading: ics-s3 has not arrived yet'],
    ]);
    expect(merged.products).toEqual({ loaded: outcomes.length - 2, total: outcomes.length });
  });

  it.each([
    [loadingText('ics-s3'), true],
    [unavailableText('ics-s3', 'HTTP 404 Not Found'), false],
    ['Loading the data', false],
    [null, false],
    [undefined, false],
  ])('isLoadingText(%o) is %s', (text, expected) => {
    expect(isLoadingText(text)).toBe(expected);
  });
});

describe('groupMissingWord', () => {
  const noData = new Map([
    ['A', 'Loading: a has not arrived yet'],
    ['B', 'No data: b is unavailable (not found)'],
  ]);
  it.each([
    [['A', 'C'], 'Loading'],
    [['B', 'C'], 'No data'],
    [['B', 'A'], 'Loading'],
    [[], 'No data'],
    [['C'], 'No data'],
  ])('%o: %s', (codes, word) => {
    expect(groupMissingWord(codes, noData)).toBe(word);
  });
});

describe('rankGapNote', () => {
  const noData = new Map([
    ['A', 'Loading: a has not arrived yet'],
    ['B', 'No data: b is unavailable (not found)'],
    ['D', 'Loading: d has not arrived yet'],
    ['E', 'No data: e is unavailable (it uses another contract version)'],
  ]);
  it.each([
    [['C', 'F'], 'peer', null],
    [[], 'system', null],
    [['A', 'C'], 'peer', 'so far: 1 peer still loading'],
    [['A', 'D', 'C'], 'system', 'so far: 2 systems still loading'],
    [['A', 'B', 'D', 'E'], 'peer', 'so far: 2 peers still loading, 2 with no data'],
    [['B', 'C'], 'peer', '1 peer with no data is not ranked'],
    [['B', 'E'], 'system', '2 systems with no data are not ranked'],
    // The system itself is not one of the group it is ranked against.
    [['S', 'C'], 'peer', null],
  ] as const)('%o (%s): %s', (codes, noun, expected) => {
    expect(
      rankGapNote(codes, new Map([...noData, ['S', 'Loading: s has not arrived yet']]), 'S', noun),
    ).toBe(expected);
  });
});

describe('rankGapNote, for any group', () => {
  const state = fc.constantFrom('loaded', 'loading', 'unavailable');
  it('is null exactly when every other member has data, and counts each kind it names', () => {
    fc.assert(
      fc.property(fc.array(state, { maxLength: 60 }), fc.boolean(), (states, selfLoading) => {
        const codes = states.map((_, i) => `S${i}`);
        const noData = new Map<string, string>();
        states.forEach((kind, i) => {
          if (kind === 'loading') noData.set(`S${i}`, loadingText(`p${i}`));
          if (kind === 'unavailable') noData.set(`S${i}`, unavailableText(`p${i}`, 'not found'));
        });
        if (selfLoading) noData.set('SELF', loadingText('self'));
        const note = rankGapNote(['SELF', ...codes], noData, 'SELF', 'peer');
        const loading = states.filter((kind) => kind === 'loading').length;
        const missing = states.filter((kind) => kind === 'unavailable').length;
        expect(note === null).toBe(loading + missing === 0);
        if (loading > 0) expect(note).toContain(`${loading} peer`);
        if (missing > 0) expect(note).toContain(`${missing} `);
        expect(note?.startsWith('so far') ?? false).toBe(loading > 0);
      }),
      { seed: 20261208, numRuns: 300 },
    );
  });
});
