import { useFeed } from '../../api/feed-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useScores } from '../../api/scores-query';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { useExportSource } from '../../lib/use-export-source';
import { useCompareSelection } from './use-compare-selection';

/**
 * What Compare systems and its trend embed draw from the URL: the quarter, the scores, and the
 * systems chosen (`systems=`) that can be compared in that quarter, in the reader's order.
 */
export function useCompareView() {
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const { weights, key } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const scores = useScores(feed, weights, key);
  const source = useExportSource(feed);
  const inPeriod = period ? systemsInPeriod(feed.geography.systems, period) : [];
  const selection = useCompareSelection(feed.geography.systems, inPeriod);
  const byCode = new Map(feed.geography.systems.map((system) => [system.code, system]));
  const chosen = selection.codes.flatMap((code) => byCode.get(code) ?? []);
  return {
    feed,
    unavailable,
    period,
    setPeriod,
    scores,
    source,
    inPeriod,
    selection,
    byCode,
    chosen,
    arriving: meshArriving(loaded.mesh),
  };
}
