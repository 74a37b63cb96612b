import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Feed } from '../domain/feed/feed-schema';
import { defaultWeights } from '../domain/scoring/weights';
import { editFeed } from '../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { feedVersion } from './feed-version';
import { queryKeys } from './query-keys';
import { rankIntervalsQueryOptions, scoresQueryOptions } from './scores-query';

const source = { kind: 'url', url: 'http://localhost/data/feed.json' } as const;
const sourceKey = queryKeys.feed.bySource(source).join('|');
const published = minimalFeed as unknown as Feed;
/** The publisher adds a quarter and republishes, while a tab is open. */
const republished = editFeed(
  minimalFeed,
  { push: ['periods'], rows: ['2026-Q3'] },
  { set: ['metadata', 'generatedAt'], to: '2026-12-01T09:00:00Z' },
) as Feed;

describe('scoresQueryOptions', () => {
  it('keys scores by feed version: a refetched feed with a new quarter gets new scores', async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.feed.bySource(source), { feed: published });
    const weights = defaultWeights(published);
    const before = await client.fetchQuery(
      scoresQueryOptions(sourceKey, published, weights, 'published'),
    );
    expect(Object.keys(before.byPeriod)).not.toContain('2026-Q3');

    client.setQueryData(queryKeys.feed.bySource(source), { feed: republished });
    const options = scoresQueryOptions(sourceKey, republished, weights, 'published');
    expect(options.queryKey).not.toEqual(
      scoresQueryOptions(sourceKey, published, weights, 'published').queryKey,
    );
    const after = await client.fetchQuery(options);
    expect(Object.keys(after.byPeriod)).toContain('2026-Q3');
  });

  it('keeps the key when a refetch brings the same content, so scores are not recomputed', () => {
    const weights = defaultWeights(published);
    const again = structuredClone(published);
    expect(scoresQueryOptions(sourceKey, again, weights, 'published').queryKey).toEqual(
      scoresQueryOptions(sourceKey, published, weights, 'published').queryKey,
    );
  });

  it('keys rank intervals under the same feed version, weighting and period', () => {
    const weights = defaultWeights(published);
    expect(
      rankIntervalsQueryOptions(sourceKey, published, weights, 'cw=x', '2026-Q1').queryKey,
    ).toEqual(['scores', sourceKey, feedVersion(published), 'cw=x', 'intervals', '2026-Q1']);
  });
});

describe('feedVersion', () => {
  it.each([
    ['the minimal feed', published, '2026-10-01T09:00:00Z|p3|o25|s4|t3'],
    [
      'a quarter added under the same timestamp',
      editFeed(minimalFeed, { push: ['periods'], rows: ['2026-Q3'] }) as Feed,
      '2026-10-01T09:00:00Z|p4|o25|s4|t3',
    ],
  ])('%s', (_name, feed, expected) => {
    expect(feedVersion(feed)).toBe(expected);
  });
});
