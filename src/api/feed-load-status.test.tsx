import { describe, expect, it } from 'vitest';
import { beginFeedLoad, noteFeedReading, useFeedReading } from './feed-load-status';
import { renderHook } from '@testing-library/react';

describe('the feed being read after its download (issue 18 item 6)', () => {
  it('says the feed is being read, then how many rows have arrived, until the load ends', () => {
    const url = 'http://localhost/big.json';
    const load = beginFeedLoad(url);
    const { result, rerender } = renderHook(() => useFeedReading(url));
    expect(result.current).toBeNull();
    noteFeedReading(url, { rows: null, total: null });
    rerender();
    expect(result.current).toEqual({ rows: null, total: null });
    noteFeedReading(url, { rows: 2_000, total: 550_089 });
    rerender();
    expect(result.current).toEqual({ rows: 2_000, total: 550_089 });
    load.end();
    rerender();
    expect(result.current).toBeNull();
  });

  it('ignores an address with no load in progress', () => {
    noteFeedReading('http://localhost/other.json', { rows: 1, total: 2 });
    const { result } = renderHook(() => useFeedReading('http://localhost/other.json'));
    expect(result.current).toBeNull();
  });
});
