import { useParams } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { usePrefetchHexLayout } from '../../api/hex-layout-query';
import { useScores } from '../../api/scores-query';
import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import type { Feed, Standard } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-feed';
import {
  leadersAndLaggards,
  regionalRows,
  statusMixRows,
} from '../../domain/tables/standard-detail';
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
  const { feed } = useFeed();
  const standard = feed.standards.find((candidate) => candidate.id === id);
  if (!standard) return <StandardNotFound id={id} />;
  return <StandardDetail feed={feed} standard={standard} />;
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

function StandardDetail({ feed, standard }: { feed: Feed; standard: Standard }) {
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
          <StandardFigures feed={feed} scores={scores} standard={standard} period={period} />
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
}: {
  feed: Feed;
  scores: FeedScores;
  standard: Standard;
  period: string;
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
        rows={regionalRows(feed, scores, standard.id, period)}
        period={period}
        standardId={standard.id}
      />
    </>
  );
}
