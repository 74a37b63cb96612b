import { describe, expect, it } from 'vitest';
import { paramsWithWeights, weightsFromParams, weightsKey } from './weights-param';

const defaults = {
  categories: { identity: 10, transfers: 15 },
  standards: { 'nhs-number': 2, 'e-rs': 1, bars: 2 },
};

describe('weightsFromParams', () => {
  it.each([
    ['no parameters', '', defaults],
    [
      'a changed category',
      'cw=transfers:20',
      { ...defaults, categories: { identity: 10, transfers: 20 } },
    ],
    [
      'a switched-off standard and a decimal',
      'sw=bars:0,e-rs:1.5',
      { ...defaults, standards: { 'nhs-number': 2, 'e-rs': 1.5, bars: 0 } },
    ],
    ['an unknown id', 'cw=nope:5&sw=ghost:1', defaults],
    ['a negative weight', 'cw=identity:-1', defaults],
    ['a weight over 100', 'cw=identity:101', defaults],
    ['not a number', 'cw=identity:abc,transfers:', defaults],
    ['a prototype key', 'cw=__proto__:5,constructor:3', defaults],
    ['garbage', 'cw=:::,,,&sw=%%', defaults],
  ])('%s', (_label, query, expected) => {
    expect(weightsFromParams(new URLSearchParams(query), defaults)).toEqual(expected);
  });
});

describe('paramsWithWeights', () => {
  it('writes only the differences, keeping other parameters', () => {
    const weights = {
      categories: { identity: 10, transfers: 20 },
      standards: { 'nhs-number': 2, 'e-rs': 1, bars: 0 },
    };
    const params = paramsWithWeights(new URLSearchParams('period=2026-Q3'), weights, defaults);
    expect(params.toString()).toBe('period=2026-Q3&cw=transfers%3A20&sw=bars%3A0');
    expect(weightsFromParams(params, defaults)).toEqual(weights);
  });

  it('leaves no trace for the published weights', () => {
    const params = paramsWithWeights(
      new URLSearchParams('cw=transfers:20&x=1'),
      defaults,
      defaults,
    );
    expect(params.toString()).toBe('x=1');
  });
});

describe('weightsKey', () => {
  it('is "published" for the defaults and differs for any change', () => {
    expect(weightsKey(defaults, defaults)).toBe('published');
    const changed = { ...defaults, standards: { ...defaults.standards, bars: 0 } };
    expect(weightsKey(changed, defaults)).toBe('|bars:0');
  });
});
