import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { defaultWeights, weightOf, weightsEqual } from './weights';

const published = defaultWeights(minimalFeed);

describe('defaultWeights', () => {
  it('takes every category and standard default from the feed', () => {
    expect(published).toEqual({
      categories: { identity: 1, transfers: 2 },
      standards: { 'nhs-number': 1, 'e-rs': 1, bars: 3 },
    });
  });

  it('is empty for an empty catalogue', () => {
    expect(defaultWeights({ categories: [], standards: [] })).toEqual({
      categories: {},
      standards: {},
    });
  });
});

describe('weightsEqual', () => {
  it.each([
    ['the same weights', published, true],
    [
      'the same weights in another key order',
      {
        categories: { transfers: 2, identity: 1 },
        standards: { bars: 3, 'e-rs': 1, 'nhs-number': 1 },
      },
      true,
    ],
    ['a changed category', { ...published, categories: { identity: 1, transfers: 3 } }, false],
    [
      'a switched-off standard',
      { ...published, standards: { ...published.standards, bars: 0 } },
      false,
    ],
    ['a missing standard', { ...published, standards: { 'nhs-number': 1, 'e-rs': 1 } }, false],
    ['an extra standard', { ...published, standards: { ...published.standards, x: 1 } }, false],
  ])('%s -> %s', (_name, other, expected) => {
    expect(weightsEqual(published, other)).toBe(expected);
    expect(weightsEqual(other, published)).toBe(expected);
  });
});

describe('weightOf', () => {
  it.each([
    ['a set weight', { a: 2 }, 2],
    ['zero (switched off)', { a: 0 }, 0],
    ['a missing id: the published default', {}, 5],
    ['a negative weight: off', { a: -1 }, 0],
    ['NaN: off', { a: Number.NaN }, 0],
    ['Infinity: off', { a: Number.POSITIVE_INFINITY }, 0],
  ])('%s', (_name, weights: Record<string, number>, expected) => {
    expect(weightOf(weights, 'a', 5)).toBe(expected);
  });
});
