import { useParams } from 'react-router';
import { EmbedPage } from '../../components/embed/embed-page';
import { PageHeading } from '../../components/ui/page-heading';
import { feedPlace } from '../../domain/feed/feed-place';
import type { Measure } from '../../domain/feed/feed-schema';
import { measureLabel } from '../../domain/measures/measure-format';
import { useExportSource } from '../../lib/use-export-source';
import { EmbedSystem } from './embed-system';
import type { EmbedSystemProps } from './embed-system';
import { MeasureTrendFrame } from './profile/measure-trend-frame';
import { useMeasureTrend } from './profile/use-measure-trend';

/** A measure of use for one system, period by period, alone for an iframe. */
export function EmbedMeasurePage() {
  const { measure: id = '' } = useParams();
  return (
    <EmbedSystem
      render={(props) => {
        const measure = props.feed.measures.find((candidate) => candidate.id === id);
        if (!measure) return <MeasureNotFound id={id} />;
        return <EmbedMeasure key={`${props.system.code} ${id}`} {...props} measure={measure} />;
      }}
    />
  );
}

function MeasureNotFound({ id }: { id: string }) {
  return (
    <>
      <PageHeading title="Measure not found" />
      <p>
        The data has no measure with the id <code>{id}</code>.
      </p>
    </>
  );
}

function EmbedMeasure({
  feed,
  system,
  arriving,
  measure,
}: EmbedSystemProps & { measure: Measure }) {
  const national = feedPlace(feed.metadata).national;
  const trend = useMeasureTrend(feed, measure, system, national);
  const source = useExportSource(feed);
  return (
    <EmbedPage
      title={`${measureLabel(measure)}, embedded: ${system.name}`}
      context={`${system.name}: ${measureLabel(measure)}`}
      arriving={arriving}
      source={source}
      noData={`no value of this measure is published for ${system.shortName}.`}
    >
      {trend ? (
        <MeasureTrendFrame
          feed={feed}
          measure={measure}
          system={system}
          national={national}
          trend={trend}
        />
      ) : null}
    </EmbedPage>
  );
}
