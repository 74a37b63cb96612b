/**
 * A product's rows judged against a reference read once must be judged exactly as parseFeed judges
 * them beside that reference (what check-product did before, for every product): the same
 * accepted rows, issues, paths, counts and fatal errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURED_MEASURES, appUsersRow } from '../../testing/fixtures/feeds/measured-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { mutatedFeed } from '../../testing/fixtures/feeds/mutated-feed';
import { parseFeed } from './parse-feed';
import { parseProductRows } from './parse-product-rows';
import type { ProductRowsInput } from './parse-product-rows';
import { prepareRowReference } from './reference-tables';
import type { ReferenceFeed } from './reference-tables';

const RUNS = { seed: 13, numRuns: 300 };

const parsedMinimal = parseFeed(minimalFeed);
if (!parsedMinimal.ok) throw new Error('the minimal feed must parse');
const minimalReference: ReferenceFeed = parsedMinimal.feed;

/** The old way: the product's rows parsed together with the whole reference, as one feed. */
function viaParseFeed(input: ProductRowsInput, reference: ReferenceFeed) {
  const parsed = parseFeed({
    metadata: input.metadata,
    geography: reference.geography,
    categories: reference.categories,
    standards: reference.standards,
    periods: reference.periods,
    observations: input.observations,
    technology: input.technology,
  });
  if (!parsed.ok) return parsed;
  const table = (name: 'observations' | 'technology') => ({
    values: parsed.feed[name],
    issues: parsed.issues.filter((issue) => issue.table === name),
    count: parsed.counts[name],
  });
  return {
    ok: true,
    metadata: parsed.feed.metadata,
    observations: table('observations'),
    technology: table('technology'),
  };
}

function viaRowReference(input: ProductRowsInput, reference: ReferenceFeed) {
  const parsed = parseProductRows(input, prepareRowReference(reference));
  if (!parsed.ok) return parsed;
  const table = (name: 'observations' | 'technology') => {
    const { values, issues, count } = parsed[name];
    return { values, issues, count };
  };
  return {
    ok: true,
    metadata: parsed.metadata,
    observations: table('observations'),
    technology: table('technology'),
  };
}

const rowsOf = (feed: Record<string, unknown>): ProductRowsInput => ({
  metadata: feed.metadata,
  observations: feed.observations,
  technology: feed.technology,
});

describe('parseProductRows', () => {
  const rows = { observations: minimalFeed.observations, technology: minimalFeed.technology };
  const metadata = minimalFeed.metadata;
  it.each([
    ['no metadata', { ...rows, metadata: undefined }, '$.metadata'],
    [
      'another major',
      { ...rows, metadata: { ...metadata, schemaVersion: '2.0' } },
      '$.metadata.schemaVersion',
    ],
    ['observations not a list', { ...rows, metadata, observations: {} }, '$.observations'],
    ['technology not a list', { ...rows, metadata, technology: 'none' }, '$.technology'],
    // Metadata is judged before the lists, as in parseEnvelope.
    ['both wrong', { metadata: null, observations: 1, technology: 2 }, '$.metadata'],
  ])('is unusable with %s, at the same path as parseFeed', (_label, input, path) => {
    const result = parseProductRows(input, prepareRowReference(minimalReference));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fatal.path).toBe(path);
    expect(result).toEqual(viaParseFeed(input, minimalReference));
  });

  it('reads absent or null row lists as empty lists', () => {
    const result = parseProductRows(
      { metadata, observations: undefined, technology: null },
      prepareRowReference(minimalReference),
    );
    expect(result.ok && [result.observations.count, result.technology.count]).toEqual([
      { read: 0, accepted: 0, rejected: 0 },
      { read: 0, accepted: 0, rejected: 0 },
    ]);
  });

  it('judges every row of the minimal feed as parseFeed does (25 observations, 2 technology rows)', () => {
    const input = rowsOf(minimalFeed);
    const result = viaRowReference(input, minimalReference);
    expect(result).toEqual(viaParseFeed(input, minimalReference));
    expect(result.ok && result.observations.count.accepted).toBe(minimalFeed.observations.length);
  });

  it('gives what parseFeed gives, for hostile products against hostile references', () => {
    fc.assert(
      fc.property(mutatedFeed, mutatedFeed, (referenceSource, productSource) => {
        const reference = parseFeed(referenceSource);
        if (!reference.ok) return;
        const input = rowsOf(productSource as Record<string, unknown>);
        expect(viaRowReference(input, reference.feed)).toEqual(viaParseFeed(input, reference.feed));
      }),
      RUNS,
    );
  });

  it('gives what parseFeed gives for repeated, reordered and foreign rows', () => {
    const pool = [
      ...minimalFeed.observations,
      { ...minimalFeed.observations[0], system: 'S9' },
      { ...minimalFeed.observations[1], period: '2019-Q1' },
      { ...minimalFeed.observations[2], coverage: 3 },
    ];
    const tech = [...minimalFeed.technology, { ...minimalFeed.technology[0], system: 'S2' }];
    const product = fc.record({
      observations: fc.array(fc.constantFrom(...pool), { maxLength: 40 }),
      technology: fc.array(fc.constantFrom(...tech), { maxLength: 8 }),
      schemaVersion: fc.constantFrom('1.0', '1.1', '1.9'),
    });
    fc.assert(
      fc.property(product, ({ observations, technology, schemaVersion }) => {
        const input = { metadata: { ...metadata, schemaVersion }, observations, technology };
        expect(viaRowReference(input, minimalReference)).toEqual(
          viaParseFeed(input, minimalReference),
        );
      }),
      RUNS,
    );
  });
});

describe('parseProductRows: measurements older than the geography', () => {
  // The minimal reference's earliest vintage is 2022-07-01 (S1-S3); S4 began on 2026-04-01.
  // prepareRowReference finds it once; parseFeed finds it afresh from the same systems.
  const measurements = [
    // 1200 / 400000 x 1000 = 3, read on the earliest vintage: accepted.
    appUsersRow('S1', '2021-08', 1200, 400000, 3),
    // S4 is of a later vintage: its own dates rule, and it did not exist in August 2021.
    appUsersRow('S4', '2021-08', 500, 250000, 2),
    appUsersRow('S3', '2022-06', 2000, 400000, 5),
  ];
  const input = {
    metadata: { ...minimalFeed.metadata, schemaVersion: '1.2' },
    observations: [],
    technology: [],
    measures: MEASURED_MEASURES,
    measurements,
  };

  it('knows the earliest vintage from the reference, made once', () => {
    expect(prepareRowReference(minimalReference).earliestVintage).toBe('2022-07-01');
  });

  it('accepts and rejects as parseFeed does beside the same reference', () => {
    const viaRows = parseProductRows(input, prepareRowReference(minimalReference));
    const viaFeed = parseFeed({ ...minimalReference, ...input });
    if (!viaRows.ok || !viaFeed.ok) throw new Error('both must be usable');
    expect(viaRows.measurements.values).toEqual([measurements[0], measurements[2]]);
    expect(viaRows.measurements.issues.map((issue) => issue.path)).toEqual([
      '$.measurements[1].period',
    ]);
    expect(viaRows.measurements.values).toEqual(viaFeed.feed.measurements);
    expect(viaRows.measurements.issues).toEqual(
      viaFeed.issues.filter((issue) => issue.table === 'measurements'),
    );
  });
});
