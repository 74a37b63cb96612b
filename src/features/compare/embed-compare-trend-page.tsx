import { EmbedPage } from '../../components/embed/embed-page';
import { MIN_COMPARED } from '../../domain/compare/compare-selection';
import { CompareTrendSection } from './compare-trend-section';
import { useCompareView } from './use-compare-view';
import './compare.css';

/** The compared systems' readiness over time alone, for an iframe: Compare systems' own frame. */
export function EmbedCompareTrendPage() {
  const { feed, period, scores, source, selection, chosen, arriving } = useCompareView();
  const names = chosen.map((system) => system.shortName).join(', ');
  return (
    <EmbedPage
      title={`Readiness over time, embedded: ${names || 'no systems chosen'}`}
      context={`Compare systems: ${names || 'none chosen'}`}
      arriving={arriving}
      source={source}
      noData={
        period === null
          ? 'the feed has no quarters to show.'
          : `at least ${MIN_COMPARED} systems are needed to compare, and the link names ${chosen.length} that the data has.`
      }
    >
      {period !== null && chosen.length >= MIN_COMPARED ? (
        <CompareTrendSection feed={feed} scores={scores} codes={selection.codes} period={period} />
      ) : null}
    </EmbedPage>
  );
}
