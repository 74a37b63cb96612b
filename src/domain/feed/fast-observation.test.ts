import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainObservation } from './fast-observation';
import { ObservationSchema } from './feed-schema';
import type { Observation } from './feed-schema';

/**
 * The parser (parse-observations.ts) takes a fast row only when its ids are ones its tables
 * accepted; anything else goes to zod. Here the accepted tables hold one system, standard and period.
 */
function idsKnown(value: Observation): boolean {
  return value.system === 'S1' && value.standard === 'nhs-number' && value.period === '2026-Q1';
}

function acceptedFast(raw: unknown): Observation | undefined {
  const value = plainObservation(raw);
  return value !== undefined && idsKnown(value) ? value : undefined;
}
const base = { system: 'S1', standard: 'nhs-number', period: '2026-Q1', status: 'live' };

/** Mostly valid values, and now and then one just past an edge of the observation rules. */
const edge = (valid: unknown[], invalid: unknown[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );

const row = fc.record(
  {
    system: edge(['S1'], [' S1', 'S9', '', 5, null]),
    standard: edge(['nhs-number'], ['NHS-NUMBER', 'nhs-number ', 7]),
    period: edge(['2026-Q1'], ['2026-Q5', '2026Q1', ' 2026-Q1']),
    status: edge(['live', 'partial', 'not-started'], ['done', '', null]),
    coverage: edge([0, 1, 0.5, -0], [1.0001, -0.1, '0.5', null, Number.NaN]),
    evidenceUrl: edge(
      ['https://example.org/a', 'http://example.org', 'https://nhs.uk/a?b=c#d'],
      [
        'javascript:alert(1)',
        'data:text/html,x',
        'https://localhost',
        'ftp://example.org',
        'https://',
        `https://example.org/${'x'.repeat(2000)}`,
      ],
    ),
    note: edge(['ok', '  padded  ', 'n'.repeat(1000)], ['', '   ', 'n'.repeat(1001), 3]),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

describe('plainObservation', () => {
  it('accepts a plainly valid row as zod would', () => {
    expect(acceptedFast({ ...base, coverage: 0.5, note: ' x ' })).toEqual({
      ...base,
      coverage: 0.5,
      note: 'x',
    });
  });

  it('returns an exact row itself rather than a copy', () => {
    const raw = { ...base, coverage: 0.5, note: 'x' };
    expect(acceptedFast(raw)).toBe(raw);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a padded note', { ...base, note: ' x ' }],
    ['an extra field', { ...base, extra: 1 }],
    ['fields in another order', { coverage: 0.5, ...base }],
  ])('copies a row with %s, in the order zod gives', (_name, raw) => {
    const value = acceptedFast(raw);
    expect(value).not.toBe(raw);
    expect(JSON.stringify(value)).toBe(JSON.stringify(ObservationSchema.parse(raw)));
  });

  it.each<[string, unknown]>([
    ['not an object', 'S1'],
    ['an array', [base]],
    ['an unknown system', { ...base, system: 'S9' }],
    ['a padded system (left to zod, which trims)', { ...base, system: ' S1' }],
    ['an unknown status', { ...base, status: 'done' }],
    ['coverage as text', { ...base, coverage: '0.5' }],
    ['a javascript: URL', { ...base, evidenceUrl: 'javascript:alert(1)' }],
    ['coverage present but undefined (zod keeps the key)', { ...base, coverage: undefined }],
  ])('leaves a row with %s to the zod path', (_name, raw) => {
    expect(acceptedFast(raw)).toBeUndefined();
  });

  it('only accepts rows zod accepts, with exactly the value zod gives', () => {
    let acceptedCount = 0;
    fc.assert(
      fc.property(row, (generated) => {
        const raw = { ...base, ...generated };
        const fast = acceptedFast(raw);
        if (fast === undefined) return;
        acceptedCount++;
        expect(fast).toStrictEqual(ObservationSchema.parse(raw));
      }),
      { seed: 42, numRuns: 3000 },
    );
    // The comparison is only worth something if the fast path accepted a fair share of rows.
    expect(acceptedCount).toBeGreaterThan(500);
  });
});
