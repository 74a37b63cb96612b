import { useCallback, useMemo } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import { metricInFeed, periodInFeed } from './feed-checks';
import type { Metric } from './metric';
import { useUrlParam, useUrlWriter } from './use-url-param';

/** The period being viewed (default: the latest) and a setter that writes it to the URL. */
export function usePeriod(feed: Feed): [string | null, (period: string) => void] {
  const period = periodInFeed(useUrlParam('period'), feed.periods);
  const write = useUrlWriter();
  const setPeriod = useCallback(
    // The latest quarter is the default for this feed, so it leaves no trace in the URL.
    (next: string) => write({ period: next === feed.periods.at(-1) ? null : next }),
    [write, feed.periods],
  );
  return [period, setPeriod];
}

/** The metric being viewed (default: overall readiness) and a setter that writes it to the URL. */
export function useMetric(feed: Feed): [Metric, (metric: Metric) => void] {
  const requested = useUrlParam('metric');
  const metric = useMemo(
    () =>
      metricInFeed(
        requested,
        feed.categories.map((category) => category.id),
        feed.standards.map((standard) => standard.id),
      ),
    [requested, feed],
  );
  const write = useUrlWriter();
  const setMetric = useCallback((next: Metric) => write({ metric: next }), [write]);
  return [metric, setMetric];
}
