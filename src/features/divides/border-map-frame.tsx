import { useMemo } from 'react';
import { ChartFrame } from '../../components/frame/chart-frame';
import { summaryIdOf } from '../../components/frame/frame-ids';
import { frameTable } from '../../components/frame/frame-table';
import { HexBorderMap } from '../../components/maps/hex-border-map';
import { buildBorderMapModel } from '../../domain/divides/border-map-model';
import type { BorderScore } from '../../domain/divides/border-scores';
import type { BorderSummary } from '../../domain/divides/border-summary';
import type { Feed } from '../../domain/feed/feed-schema';
import type { HexJson } from '../../domain/geography/hexjson';
import { formatPeriod } from '../../domain/periods/period';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { borderColumns } from './border-columns';
import type { BorderRow } from './border-columns';
import { BordersAbout } from './borders-about';
import { fixed } from './divides-format';

function mapSummary(rows: readonly BorderRow[], summary: BorderSummary, notDrawn: number): string {
  const scored = rows.filter((r) => r.score !== null).map((r) => r.score ?? 0);
  if (scored.length === 0) return 'No border has a cross-border score in this quarter.';
  const weakest = summary.weakest[0];
  const names = (b: BorderScore) => rows.find((r) => r.a === b.a && r.b === b.b);
  const w = weakest ? names(weakest) : undefined;
  const islands = summary.islands.length;
  return `${scored.length} borders score from ${fixed(Math.min(...scored), 0)}% to ${fixed(Math.max(...scored), 0)}% of the exchange weight live on both sides (median ${fixed(summary.median, 0)}%).${w ? ` The weakest is where ${w.nameA} meets ${w.nameB} (${fixed(w.score, 0)}%).` : ''} ${islands === 0 ? 'No system is an island.' : `${islands} ${islands === 1 ? 'system is an island' : 'systems are islands'}, marked ◆.`}${notDrawn > 0 ? ` ${notDrawn} borders have no shared edge on the hex map and are in the table only.` : ''}`;
}

/** Each border with its two systems' names, and why a score is missing (a mesh product down). */
export function useBorderRows(
  feed: Feed,
  borders: readonly BorderScore[],
  unavailable: ReadonlyMap<string, string>,
): BorderRow[] {
  const names = useMemo(
    () => new Map(feed.geography.systems.map((s) => [s.code, s.shortName])),
    [feed],
  );
  return borders.map((b) => ({
    ...b,
    key: `${b.a}|${b.b}`,
    nameA: names.get(b.a) ?? b.a,
    nameB: names.get(b.b) ?? b.b,
    missing: unavailable.get(b.a) ?? unavailable.get(b.b) ?? null,
  }));
}

/** The hex map in border mode, in its frame: on Digital divides and in its embed. */
export function BorderMapFrame({
  feed,
  layout,
  rows,
  borders,
  summary,
  period,
}: {
  feed: Feed;
  layout: HexJson;
  rows: readonly BorderRow[];
  borders: readonly BorderScore[];
  summary: BorderSummary;
  period: string;
}) {
  const source = useExportSource(feed);
  const islands = useMemo(() => new Set(summary.islands.map((s) => s.code)), [summary]);
  const model = useMemo(
    () => buildBorderMapModel(layout, feed, period, borders, islands),
    [layout, feed, period, borders, islands],
  );
  const text = mapSummary(rows, summary, model.notDrawn.length);
  return (
    <ChartFrame
      id="border-map"
      headingLevel={3}
      title="Cross-border interoperability"
      subtitle={`Share of the exchange standards’ weight live on both sides of each border, ${formatPeriod(period)}`}
      summary={text}
      fileName={fileSlug('divides', 'borders', period)}
      source={source}
      {...frameTable({
        caption: `Borders drawn on the map, ${formatPeriod(period)}`,
        columns: borderColumns.slice(0, 2),
        csvColumns: borderColumns,
        rows,
        rowKey: (r) => r.key,
        id: 'border-map-table',
      })}
      about={<BordersAbout />}
    >
      <HexBorderMap
        title={`Cross-border interoperability, ${formatPeriod(period)}`}
        summaryId={summaryIdOf('border-map')}
        legendTitle="Cross-border score (thicker and darker is weaker)"
        model={model}
      />
    </ChartFrame>
  );
}
