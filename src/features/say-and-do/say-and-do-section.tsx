import { useMemo } from 'react';
import { ChartFrame } from '../../components/frame/chart-frame';
import { frameTable } from '../../components/frame/frame-table';
import type { DataColumn } from '../../components/table/data-table';
import { numberColumn, scoreColumn, textColumn } from '../../components/table/value-columns';
import { NoDrawing } from '../../components/ui/no-drawing';
import type { Feed, Measure } from '../../domain/feed/feed-schema';
import { formatFixed, formatSigned } from '../../domain/format/format-number';
import { formatPeriod, shortPeriodLabel } from '../../domain/periods/period';
import { measuredNumber } from '../../domain/say-and-do/measured-text';
import { sayAndDo } from '../../domain/say-and-do/say-and-do';
import { measuredQuarters } from '../../domain/say-and-do/say-and-do-pairs';
import type { SayDoPoint } from '../../domain/say-and-do/say-and-do-fit';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { MeasureSource } from './measure-source';
import { SayDoScatter } from './say-and-do-scatter';

interface Row extends SayDoPoint {
  name: string;
}

function columnsFor(measure: Measure): DataColumn<Row>[] {
  return [
    textColumn('name', 'System', (r) => r.name, { rowHeader: true }),
    scoreColumn('said', 'Self-reported score', (r) => r.said),
    numberColumn(
      'measured',
      `${measure.name} (${measure.unit})`,
      (r) => r.measured,
      (v) => measuredNumber(measure, v),
    ),
    numberColumn(
      'residual',
      'Points from the line',
      (r) => r.residual,
      (v) => (v === null ? 'No line' : formatSigned(v, 0)),
    ),
  ];
}

/** A frame id from a measure id: the URL keeps frame ids, so only safe letters. */
export const sayAndDoFrameId = (measure: Measure) =>
  `say-and-do-${measure.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;

/** One measure linked to a standard: the scatter, the table, and who is furthest apart. */
export function SayAndDoSection({
  feed,
  measure,
  period,
}: {
  feed: Feed;
  measure: Measure;
  period: string;
}) {
  const view = useMemo(() => sayAndDo(feed, measure, period), [feed, measure, period]);
  const source = useExportSource(feed);
  if (!view.comparable) {
    return (
      <section className="app-say-do" aria-labelledby={sayAndDoFrameId(measure)}>
        <h2 className="nhsuk-heading-m" id={sayAndDoFrameId(measure)}>
          {measure.name}
        </h2>
        <p>{view.reason}</p>
        <MeasureSource measure={measure} />
      </section>
    );
  }
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  const named = new Set([...view.saysMore, ...view.doesMore].map((p) => p.code));
  const rows = view.points.map((p) => ({ ...p, name: names.get(p.code) ?? p.code }));
  const when = formatPeriod(period);
  const quarters = measuredQuarters(feed, measure);
  const xLabel = `${measure.name} (${measure.unit})`;
  return (
    <div className="app-say-do">
      <ChartFrame
        id={sayAndDoFrameId(measure)}
        title={`${view.standardName}: what systems say and what they do`}
        subtitle={`Self-reported score against ${measure.name}, ${when}`}
        summary={view.correlationText}
        fileName={fileSlug('say-and-do', measure.id, period)}
        source={source}
        {...frameTable({
          caption: `Self-reported ${view.standardName} score and ${measure.name} of each system, ${when}`,
          columns: columnsFor(measure),
          rows,
          rowKey: (r) => r.code,
          initialSort: { key: 'residual', direction: 'desc' },
        })}
        about={
          <>
            <p>
              Each dot is a system with both a self-reported {view.standardName} score and a
              measured value for {when}: across, {measure.name}; up, the score. The dashed line is a
              least-squares fit of score on measured use. A system’s distance from the line, in
              score points, is how far its score is from what its measured use predicts; the systems
              furthest above and below are named and drawn as triangles.
            </p>
            <p>
              A monthly measure is rolled up to the quarter only when all three months are
              published. Scores are self-reported; measured use is what the publisher counted.
            </p>
          </>
        }
      >
        {rows.length === 0 ? (
          <NoDrawing>
            No system has both a score and a measured value for {when}, so there are no dots to
            draw.
          </NoDrawing>
        ) : (
          <SayDoScatter
            points={rows.map((r) => ({ ...r, named: named.has(r.code) }))}
            line={view.line}
            xLabel={xLabel}
            formatX={(v) =>
              measure.kind === 'share' ? `${formatFixed(v * 100, 0)}%` : formatFixed(v, 0)
            }
          />
        )}
      </ChartFrame>
      {view.furthestText.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {view.leftOut ? <p>{view.leftOut}</p> : null}
      <p>
        Quarters with measured values:{' '}
        {quarters.length ? quarters.map(shortPeriodLabel).join(', ') : 'none'}.
      </p>
      <MeasureSource measure={measure} />
    </div>
  );
}
