import { startTransition, useEffect, useMemo, useState } from 'react';
import { nationalStandardHighlights } from '../../domain/charts/national-page-model';
import type { NationalStandardHighlights } from '../../domain/charts/national-page-model';
import type { Feed } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-types';
import { indexRowsByPeriod, reportsByStandard } from '../../domain/tables/standard-reports';

/** Rows indexed per task: about 10 ms on the 2-core bench machine. */
const ROWS_PER_TASK = 40_000;

interface Basis {
  feed: Feed;
  scores: FeedScores;
  period: string;
}

/**
 * The quarter's standard highlights, worked out after the page has drawn: they read the quarter's
 * observations from an index of the whole feed by quarter (about 220 ms on the 60 MB big-feed
 * bench in one piece) and sit below the map. So the index is built a slice per task, the quarter's
 * reports and then the lists each in a task of their own, and the map's first draw waits for none of it (issue 18). null until the
 * first lists are ready and for a quarter with no scores; on a change of quarter the lists shown
 * stay until the new ones are ready.
 */
export function useStandardHighlights(
  feed: Feed,
  scores: FeedScores,
  period: string | null,
): NationalStandardHighlights | null {
  const basis = useMemo<Basis | null>(
    () => (period ? { feed, scores, period } : null),
    [feed, scores, period],
  );
  const [shown, setShown] = useState<NationalStandardHighlights | null>(null);
  useEffect(() => {
    if (!basis) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      const highlights = nationalStandardHighlights(basis.feed, basis.scores, basis.period);
      startTransition(() => setShown(highlights));
    };
    // The quarter's reports (about 30 ms of the lists' 80-140 ms on the big feed under load) in a
    // task of their own: the lists' standardRows reads them back from reportsByStandard's store.
    const readReports = () => {
      const periodScores = basis.scores.byPeriod[basis.period];
      if (periodScores) reportsByStandard(basis.feed, periodScores);
      timer = setTimeout(finish, 0);
    };
    const step = () => {
      timer = setTimeout(
        indexRowsByPeriod(basis.feed.observations, ROWS_PER_TASK) ? readReports : step,
        0,
      );
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [basis]);
  return shown;
}
