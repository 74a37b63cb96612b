import { useState } from 'react';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { QuarterSelect } from '../../components/ui/quarter-select';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import { scoreExportDocument, scoreExportTable } from '../../domain/tables/score-export';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { downloadXlsx } from '../../lib/xlsx/download-xlsx';

/** Every system's scores for the chosen quarter, as CSV or JSON, under the weights in force. */
export function ScoreDownloads({
  feed,
  unavailable,
}: {
  feed: Feed;
  /** In a mesh, systems whose data product gave no data, and why. */
  unavailable: ReadonlyMap<string, string>;
}) {
  const { weights, key, isCustom } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, period ?? '');
  const source = useExportSource(feed);
  const [message, setMessage] = useState('');
  if (!period) return <p>The feed has no quarters, so there are no scores to download.</p>;
  const systems = scores.byPeriod[period]?.systems.length ?? 0;
  const name = fileSlug('scores', period, isCustom ? 'custom-weights' : null);
  const downloadCsv = () => {
    const table = scoreExportTable(feed, scores, period, intervals, unavailable);
    downloadText(`${name}.csv`, toCsv(table.header, table.rows), 'text/csv;charset=utf-8');
  };
  const downloadSpreadsheet = () => {
    const table = scoreExportTable(feed, scores, period, intervals, unavailable);
    const title = `Scores of every system, ${formatQuarter(period)}`;
    void downloadXlsx(name, title, source, table).then(setMessage);
  };
  const downloadJson = () => {
    const doc = scoreExportDocument(
      feed,
      scores,
      period,
      weights,
      isCustom,
      intervals,
      unavailable,
    );
    downloadText(`${name}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
  };
  return (
    <>
      <p>
        Readiness, completeness, rank with its interval, and every category and standard score for
        each of the {systems} systems in {formatQuarter(period)}
        {isCustom ? ', scored with your custom weights' : ''}.
      </p>
      <QuarterSelect periods={feed.periods} period={period} onChange={setPeriod} />
      <div className="app-control__row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={downloadCsv}
        >
          Download all scores (CSV)
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={downloadJson}
        >
          Download all scores (JSON)
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={downloadSpreadsheet}
        >
          Download all scores (XLSX)
        </button>
      </div>
      {/* A live region, not role=status: the page keeps a single status region. */}
      <p className="nhsuk-body-s" aria-live="polite">
        {message}
      </p>
    </>
  );
}
