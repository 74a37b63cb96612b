import { useParams } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { usePrefetchHexLayout } from '../../api/hex-layout-query';
import { useScores } from '../../api/scores-query';
import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import type { Feed, Standard } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-feed';
import { leadersAndLaggards, statusMixRows } from '../../domain/tables/standard-detail';
import { regionalRows } from '../../domain/tables/standard-region-rows';
import { standardRow } from '../../domain/tables/standard-rows';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { StandardAbout } from './standard-about';
import { StandardLeaders } from './standard-leaders';
import { StandardMap } from './standard-map';
import { StandardNationalFigures } from './standard-national-figures';
import { StandardRegions } from './standard-regions';
import { StandardStatusMix } from './standard-status-mix';

export function StandardPage() {
  const { id = '' } = useParams();
  usePrefetchHexLayout();
  const loaded = useFeed();
  const { feed } = loaded;
  const noData = useUnavailableSystems(loaded);
  const standard = feed.standards.find((candidate) => candidate.id === id);
  if (!standard) return <StandardNotFound id={id} />;
  return <StandardDetail feed={feed} standard={standard} noData={noData} />;
}

function StandardNotFound({ id }: { id: string }) {
  return (
    <>
      <PageHeading title="Standard not found" />
      <p>
        The data has no standard with the id <code>{id}</code>.{' '}
        <AppLink to="/standards">Choose one from the list of standards</AppLink>.
      </p>
    </>
  );
}

/** For a mesh, each system whose product gave no data and the words to show. */
type NoData = ReadonlyMap<string, string>;

function StandardDetail({
  feed,
  standard,
  noData,
}: {
  feed: Feed;
  standard: Standard;
  noData: NoData;
}) {
  const { weights, key } = useWeights(feed);
  const scores = useScores(feed, weights, key);
  const [period] = usePeriod(feed);
  const category = feed.categories.find((candidate) => candidate.id === standard.categoryId);
  return (
    <>
      <PageHeading title={standard.name} caption={category?.name ?? standard.categoryId} />
      <StandardAbout standard={standard} />
      {period === null ? (
        <p>The feed has no quarters to show.</p>
      ) : (
        <>
          <StandardMap feed={feed} scores={scores} standard={standard} period={period} />
          <StandardFigures
            feed={feed}
            scores={scores}
            standard={standard}
            period={period}
            noData={noData}
          />
        </>
      )}
    </>
  );
}

function StandardFigures({
  feed,
  scores,
  standard,
  period,
  noData,
}: {
  feed: Feed;
  scores: FeedScores;
  standard: Standard;
  period: string;
  noData: NoData;
}) {
  const row = standardRow(feed, scores, standard.id, period);
  const { leaders, laggards } = leadersAndLaggards(feed, scores, standard.id, period);
  return (
    <>
      {row ? (
        <StandardNationalFigures
          row={row}
          period={period}
          systemCount={scores.byPeriod[period]?.systems.length ?? 0}
        />
      ) : null}
      <StandardStatusMix
        feed={feed}
        standardId={standard.id}
        rows={statusMixRows(feed, scores, standard.id, period)}
        period={period}
        name={standard.name}
      />
      <StandardLeaders
        leaders={leaders}
        laggards={laggards}
        period={period}
        standardId={standard.id}
      />
      <StandardRegions
        rows={regionalRows(feed, scores, standard.id, period, noData)}
        period={period}
        standardId={standard.id}
      />
    </>
  );
}
