import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchUpdater } from './use-search-updater';
import type { Feed } from '../domain/feed/feed-schema';
import {
  METRIC_PARAM,
  metricFromParam,
  metricToParam,
  PERIOD_PARAM,
  periodFromParam,
} from './view-params';
import type { Metric } from './view-params';

/** The period being viewed (default: the latest) and a setter that writes it to the URL. */
export function usePeriod(feed: Feed): [string | null, (period: string) => void] {
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const period = periodFromParam(params.get(PERIOD_PARAM), feed.periods);
  const setPeriod = useCallback(
    (next: string) =>
      update((updated) => {
        if (next === feed.periods.at(-1)) updated.delete(PERIOD_PARAM);
        else updated.set(PERIOD_PARAM, next);
        return updated;
      }),
    [update, feed.periods],
  );
  return [period, setPeriod];
}

/** The metric being viewed (default: overall readiness) and a setter that writes it to the URL. */
export function useMetric(feed: Feed): [Metric, (metric: Metric) => void] {
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const metric = metricFromParam(
    params.get(METRIC_PARAM),
    feed.categories.map((category) => category.id),
    feed.standards.map((standard) => standard.id),
  );
  const setMetric = useCallback(
    (next: Metric) =>
      update((updated) => {
        const value = metricToParam(next);
        if (value === null) updated.delete(METRIC_PARAM);
        else updated.set(METRIC_PARAM, value);
        return updated;
      }),
    [update],
  );
  return [metric, setMetric];
}
