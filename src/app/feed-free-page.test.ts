import { describe, expect, it } from 'vitest';
import { FEED_FREE_PAGE, isFeedFreePage } from './feed-free-page';

describe('isFeedFreePage', () => {
  it.each([
    ['the marker', FEED_FREE_PAGE, true],
    ['no handle', undefined, false],
    ['null', null, false],
    ['another handle', { crumb: 'Systems' }, false],
    ['a string', 'feedFree', false],
  ])('%s → %s', (_, handle, expected) => {
    expect(isFeedFreePage(handle)).toBe(expected);
  });
});
