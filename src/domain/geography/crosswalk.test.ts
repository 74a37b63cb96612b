import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { predecessorsOf, successorsOf } from './crosswalk';

const { crosswalk } = minimalFeed.geography;

describe('successorsOf', () => {
  it('lists where an ended system went, largest share first', () => {
    expect(successorsOf(crosswalk, 'S2')).toEqual([
      { code: 'S4', populationShare: 0.6 },
      { code: 'S3', populationShare: 0.4 },
    ]);
  });
  it('is empty for a system that did not end', () => {
    expect(successorsOf(crosswalk, 'S1')).toEqual([]);
    expect(successorsOf([], 'S2')).toEqual([]);
  });
});

describe('predecessorsOf', () => {
  it('lists what a system was made from', () => {
    expect(predecessorsOf(crosswalk, 'S4')).toEqual([{ code: 'S2', populationShare: 0.6 }]);
    expect(predecessorsOf(crosswalk, 'S3')).toEqual([{ code: 'S2', populationShare: 0.4 }]);
  });
  it('is empty for a system nothing merged into', () => {
    expect(predecessorsOf(crosswalk, 'S1')).toEqual([]);
  });
});
