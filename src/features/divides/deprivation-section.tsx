import { ChartFrame } from '../../components/frame/chart-frame';
import { frameTable } from '../../components/frame/frame-table';
import type { DataColumn } from '../../components/table/data-table';
import { numberColumn, textColumn } from '../../components/table/value-columns';
import { IMD_STEP } from '../../domain/divides/deprivation-gradient';
import type { DeprivationGradient, GradientPoint } from '../../domain/divides/deprivation-gradient';
import type { Feed } from '../../domain/feed/feed-schema';
import { feedPlace } from '../../domain/feed/feed-place';
import { fileSlug } from '../../lib/file-name';
import { formatPopulation } from '../../domain/format/format-number';
import { formatPeriod } from '../../domain/periods/period';
import { useExportSource } from '../../lib/use-export-source';
import { DeprivationScatter } from './deprivation-scatter';
import { NoDrawing } from '../../components/ui/no-drawing';
import { basisNote, fixed, fixedTo, signed } from './divides-format';

interface Row extends GradientPoint {
  name: string;
}

const columns: DataColumn<Row>[] = [
  textColumn('name', 'System', (r) => r.name, { rowHeader: true }),
  numberColumn('imd', 'IMD score', (r) => r.imdScore, fixedTo(1)),
  numberColumn('value', 'Score', (r) => r.value, fixedTo(1)),
  numberColumn('population', 'Population', (r) => r.population, formatPopulation),
];

function summaryOf(gradient: DeprivationGradient, what: string): string {
  const { line, trend } = gradient;
  if (!line)
    return `Too few systems with a deprivation score and a value for ${what} to fit a line.`;
  const direction = line.slope < 0 ? 'lower' : 'higher';
  const trendText =
    trend.direction === null
      ? 'Too few quarters to say whether it is changing.'
      : trend.direction === 'flat'
        ? 'It has not clearly changed over the quarters shown.'
        : `It is changing by ${signed(trend.slopePerYear, 1)} points per ${IMD_STEP} IMD points a year.`;
  return `${line.count} systems: ${fixed(Math.abs(line.slope), 1)} points ${direction} on ${what} for every ${IMD_STEP} points more deprived (population-weighted fit, correlation ${fixed(line.correlation, 2)}). ${trendText}`;
}

/** Readiness against deprivation with the population-weighted fitted line. */
export function DeprivationSection({
  feed,
  gradient,
  what,
  period,
  basis,
}: {
  feed: Feed;
  gradient: DeprivationGradient;
  what: string;
  period: string;
  /** "based on 48 of 50 data products" for a partial mesh; null otherwise. */
  basis: string | null;
}) {
  const source = useExportSource(feed);
  // "IMD 2025" when the feed says what its deprivation score is; plainly "deprivation" otherwise.
  const index = feedPlace(feed.metadata).deprivationSource ?? 'the feed’s';
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  const rows = gradient.points.map((p) => ({ ...p, name: names.get(p.code) ?? p.code }));
  return (
    <ChartFrame
      id="deprivation"
      title="Is the digital divide following the health divide?"
      subtitle={`${what.charAt(0).toUpperCase()}${what.slice(1)} against ${index} deprivation score, ${formatPeriod(period)}`}
      summary={`${summaryOf(gradient, what)}${basisNote(basis)}`}
      fileName={fileSlug('divides', 'deprivation', period)}
      source={source}
      {...frameTable({
        caption: `Deprivation and ${what} of each system, ${formatPeriod(period)}`,
        columns,
        rows,
        rowKey: (r) => r.code,
        initialSort: { key: 'imd', direction: 'desc' },
      })}
      about={
        <>
          <p>
            Each dot is a system: across, its population-weighted {index} deprivation score (higher
            is more deprived); up, its score. The line is a least-squares fit weighted by residents,
            so large systems pull it more.
          </p>
          <p>
            Its slope is given per {IMD_STEP} IMD points. The slope is fitted again in every
            quarter, and a Theil-Sen test over at least 5 quarters says whether it is steepening
            (changing by at least 0.5 points a year).
          </p>
        </>
      }
    >
      {rows.length === 0 ? (
        <NoDrawing>
          No system has both a deprivation score and a value for {what} in {formatPeriod(period)},
          so there are no dots to draw.
        </NoDrawing>
      ) : (
        <DeprivationScatter points={rows} line={gradient.line} />
      )}
    </ChartFrame>
  );
}
