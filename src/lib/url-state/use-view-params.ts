import { useCallback, useMemo } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import { measureInFeed, metricInFeed, periodInFeed } from './feed-checks';
import type { Metric, ScoreMetric } from './metric';
import { useUrlParam, useUrlWriter } from './use-url-param';

/**
 * The period being viewed (default: the latest), a setter that writes it to the URL, and a step
 * (-1 previous, +1 next) taken from the latest written URL rather than the rendered one, so quick
 * presses of Previous each move a quarter even before the page has caught up.
 */
export function usePeriod(
  feed: Feed,
): [string | null, (period: string) => void, (step: number) => void] {
  const period = periodInFeed(useUrlParam('period'), feed.periods);
  const write = useUrlWriter();
  // The latest quarter is the default for this feed, so it leaves no trace in the URL.
  const toParam = useCallback(
    (next: string) => (next === feed.periods.at(-1) ? null : next),
    [feed.periods],
  );
  const setPeriod = useCallback(
    (next: string) => write({ period: toParam(next) }),
    [write, toParam],
  );
  const stepPeriod = useCallback(
    (step: number) =>
      write((read) => {
        const current = periodInFeed(read('period'), feed.periods);
        const next =
          current === null ? undefined : feed.periods[feed.periods.indexOf(current) + step];
        return next === undefined ? {} : { period: toParam(next) };
      }),
    [write, toParam, feed.periods],
  );
  return [period, setPeriod, stepPeriod];
}

/** The metric being viewed (default: overall readiness) and a setter that writes it to the URL. */
export function useMetric(feed: Feed): [ScoreMetric, (metric: Metric) => void] {
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

/**
 * On the national page: the measure chosen (`metric=measure:<id>`) when the feed has it, else null,
 * with the requested period of it (`mperiod`; the page falls back to the measure's latest) and a
 * setter that leaves the latest out of the URL. `requestedId` is the measure the URL asks for,
 * in the feed or not: a mesh may not have its product yet, or an old link may name another feed's.
 */
export function useMeasureChoice(feed: Feed): {
  id: string | null;
  requestedId: string | null;
  requestedPeriod: string | null;
  setPeriod: (period: string, latest: string | null) => void;
} {
  const requested = useUrlParam('metric');
  const requestedPeriod = useUrlParam('measurePeriod');
  const id = measureInFeed(
    requested,
    feed.measures.map((measure) => measure.id),
  )?.id;
  const write = useUrlWriter();
  const setPeriod = useCallback(
    (period: string, latest: string | null) =>
      write({ measurePeriod: period === latest ? null : period }),
    [write],
  );
  return {
    id: id ?? null,
    requestedId: requested.kind === 'measure' ? requested.id : null,
    requestedPeriod,
    setPeriod,
  };
}
