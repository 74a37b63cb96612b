import { useFeed } from '../../api/feed-query';
import { useScores } from '../../api/scores-query';
import { PageHeading } from '../../components/ui/page-heading';
import { useWeights } from '../../lib/url-state/use-weights';
import { MethodRules } from './method-rules';
import { MethodSummary } from './method-summary';
import { RankMovesSection } from './rank-moves-section';
import { WeightsSection } from './weights-section';
import { WorkedExampleSection } from './worked-example-section';

export function MethodologyPage() {
  const { feed } = useFeed();
  const weightsState = useWeights(feed);
  const scores = useScores(feed, weightsState.weights, weightsState.key);
  const published = useScores(feed, weightsState.published, 'published');
  const latest = feed.periods.at(-1) ?? '';
  return (
    <>
      <PageHeading
        title="Methodology"
        lead="How the dashboard turns reported adoption of national standards into a readiness score, in plain English, with a worked example from the data on screen."
      />
      <MethodSummary />
      <WeightsSection feed={feed} weightsState={weightsState} />
      {weightsState.isCustom ? (
        <RankMovesSection feed={feed} scores={scores} published={published} period={latest} />
      ) : null}
      <WorkedExampleSection
        feed={feed}
        weights={weightsState.weights}
        scores={scores}
        period={latest}
      />
      <MethodRules />
    </>
  );
}
