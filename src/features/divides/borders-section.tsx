import { useMemo } from 'react';
import { DataTable } from '../../components/table/data-table';
import type { BorderScore } from '../../domain/divides/border-scores';
import type { BorderSummary } from '../../domain/divides/border-summary';
import type { Feed } from '../../domain/feed/feed-schema';
import type { HexJson } from '../../domain/geography/hexjson';
import { formatPeriod } from '../../domain/periods/period';
import { borderColumns } from './border-columns';
import { BorderMapFrame, useBorderRows } from './border-map-frame';
import { fixed } from './divides-format';
import { HeadedSection } from '../../components/ui/headed-section';

/** The hex map in border mode, the borders table, and the weakest borders and islands. */
export function BordersSection({
  feed,
  layout,
  borders,
  summary,
  period,
  unavailable,
}: {
  feed: Feed;
  layout: HexJson;
  borders: readonly BorderScore[];
  summary: BorderSummary;
  period: string;
  /** For a mesh, each system whose product gave no data and the words to show. */
  unavailable: ReadonlyMap<string, string>;
}) {
  const rows = useBorderRows(feed, borders, unavailable);
  const names = useMemo(
    () => new Map(feed.geography.systems.map((s) => [s.code, s.shortName])),
    [feed],
  );
  return (
    <HeadedSection id="divides-borders" title="Borders">
      <BorderMapFrame
        feed={feed}
        layout={layout}
        rows={rows}
        borders={borders}
        summary={summary}
        period={period}
      />
      {/* With no borders the frame says so; a heading and a table over nothing would not. */}
      {rows.length > 0 ? (
        <>
          <WeakestBorders summary={summary} name={(code) => names.get(code) ?? code} />
          <DataTable
            caption={`All ${rows.length} borders, ${formatPeriod(period)} (weakest first)`}
            captionSize="s"
            columns={borderColumns}
            rows={rows}
            rowKey={(r) => r.key}
            initialSort={{ key: 'score', direction: 'asc' }}
            id="borders-table"
          />
        </>
      ) : null}
    </HeadedSection>
  );
}

/** The weakest borders and the islands, in words. */
function WeakestBorders({
  summary,
  name,
}: {
  summary: BorderSummary;
  name: (code: string) => string;
}) {
  return (
    <>
      <h3 className="nhsuk-heading-s">Weakest borders and islands</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {summary.weakest.map((b) => (
          <li key={`${b.a}|${b.b}`}>
            {name(b.a)} – {name(b.b)}: {fixed(b.score, 1)}%
          </li>
        ))}
        <li>
          {summary.islands.length === 0
            ? 'No island: every system has at least one border above the lower quartile of all borders.'
            : `Islands (every border below the lower quartile, ${fixed(summary.lowerQuartile, 1)}%): ${summary.islands.map((s) => name(s.code)).join(', ')}.`}
        </li>
      </ul>
    </>
  );
}
