import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTechnology } from './fast-technology';
import { TechnologySchema } from './feed-schema';

const base = {
  system: 'S1',
  period: '2026-Q1',
  component: 'gp-system',
  product: 'Ambrel GP',
  supplier: 'Delta Record Works',
};

/** Mostly valid values, and now and then one just past an edge of the technology rules. */
const edge = (valid: unknown[], invalid: unknown[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );

const text = (valid: string[]) =>
  edge([...valid, ' padded ', 'x'.repeat(200), '\u00a0nbsp'], ['', '  ', 'x'.repeat(201), 3]);

const row = fc.record(
  {
    component: edge(['acute-epr', 'shared-care-record'], ['ACUTE-EPR', 'epr', null]),
    product: text(['Ambrel GP']),
    supplier: text(['Delta Record Works']),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

describe('plainTechnology', () => {
  it('returns an exact row itself rather than a copy', () => {
    const raw = { ...base };
    expect(plainTechnology(raw)).toBe(raw);
  });

  it.each<[string, Record<string, unknown>]>([
    ['padded text', { ...base, product: ' Ambrel GP ' }],
    ['an extra field', { ...base, extra: 1 }],
    ['fields in another order', Object.fromEntries(Object.entries(base).reverse())],
  ])('copies a row with %s, as zod would', (_name, raw) => {
    const value = plainTechnology(raw);
    expect(value).not.toBe(raw);
    expect(value).toStrictEqual(TechnologySchema.parse(raw));
    expect(JSON.stringify(value)).toBe(JSON.stringify(TechnologySchema.parse(raw)));
  });

  it.each<[string, unknown]>([
    ['not an object', 'S1'],
    ['an array', [base]],
    ['a numeric system', { ...base, system: 5 }],
    ['an unknown component', { ...base, component: 'epr' }],
    ['a missing supplier', { ...base, supplier: undefined }],
  ])('leaves a row with %s to the zod path', (_name, raw) => {
    expect(plainTechnology(raw)).toBeUndefined();
  });

  it('only accepts rows zod accepts, with exactly the value zod gives', () => {
    let accepted = 0;
    fc.assert(
      fc.property(row, (generated) => {
        const raw = { ...base, ...generated };
        const fast = plainTechnology(raw);
        if (fast === undefined) return;
        accepted++;
        const parsed = TechnologySchema.parse(raw);
        expect(fast).toStrictEqual(parsed);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed));
      }),
      { seed: 42, numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(500);
  });
});
