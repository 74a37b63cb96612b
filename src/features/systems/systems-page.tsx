import { useFeed } from '../../api/feed-query';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useFeedPlace } from '../../api/use-feed-place';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import { QuarterSelect } from '../../components/ui/quarter-select';
import { endedSystems, systemRows } from '../../domain/systems/system-rows';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { EndedSystems } from './list/ended-systems';
import { SystemsList } from './list/systems-list';

export function SystemsPage() {
  const loaded = useFeed();
  const { feed } = loaded;
  const place = useFeedPlace();
  const unavailable = useUnavailableSystems(loaded);
  const { weights, key } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, period ?? '');
  return (
    <>
      <PageHeading
        title="Systems"
        lead="Every Integrated Care System in the data: how ready each is, how firm its rank is and how it has changed. Open one to see its profile, its peers and what it was made from."
      />
      {period === null ? (
        <p>The feed has no quarters to show.</p>
      ) : (
        <>
          <p>
            Ranks come with an interval: the range of ranks a system takes when the weights vary (
            <AppLink to="/methodology">how readiness is scored</AppLink>). To put systems side by
            side, use <AppLink to="/compare">Compare</AppLink>.
          </p>
          <QuarterSelect periods={feed.periods} period={period} onChange={setPeriod} />
          <SystemsList
            rows={systemRows(feed, scores, period, intervals)}
            regions={feed.geography.regions}
            period={period}
            ended={endedSystems(feed.geography.systems)}
            place={place}
            unavailable={unavailable}
          />
        </>
      )}
      <EndedSystems systems={endedSystems(feed.geography.systems)} />
    </>
  );
}
