import { describe, expect, it } from 'vitest';
import { comparedWithText, feedPlace } from './feed-place';

describe('feedPlace', () => {
  it.each([
    ['no metadata', undefined, 'All systems', 'all systems', false, 'region'],
    ['no place fields', {}, 'All systems', 'all systems', false, 'region'],
    [
      'England',
      { nationalLabel: 'England', regionTerm: 'NHS England region' },
      'England',
      'England',
      true,
      'NHS England region',
    ],
    ['Wales, no region term', { nationalLabel: 'Wales' }, 'Wales', 'Wales', true, 'region'],
  ])('%s', (_name, metadata, national, inText, named, region) => {
    const place = feedPlace(metadata);
    expect(place.national).toBe(national);
    expect(place.nationalInText).toBe(inText);
    expect(place.named).toBe(named);
    expect(place.region).toBe(region);
  });

  it('gives no sources or attributions the feed did not state', () => {
    expect(feedPlace({})).toMatchObject({
      populationSource: null,
      deprivationSource: null,
      attributions: [],
    });
  });

  it('words the comparison with the place', () => {
    expect(comparedWithText(feedPlace({ nationalLabel: 'Wales' }))).toBe('Compared with Wales');
    expect(comparedWithText(feedPlace({}))).toBe('Compared with all systems');
  });
});
