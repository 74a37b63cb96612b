import { Fragment } from 'react';
import { seriesStyle } from './chart-series-styles';
import { DotPlotAxis, DotPlotKey, DotPlotMark, position, roundedScore } from './dot-plot-parts';

export interface SpineChartRow {
  key: string;
  label: string;
  /** Rows with the same group that follow each other sit under one group heading. */
  group?: string;
  value: number | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  england: number | null;
  peerMedian?: number | null;
}

const SYSTEM = seriesStyle(0);
const ENGLAND = seriesStyle(1);
const PEERS = seriesStyle(3);

function Spread({ row }: { row: SpineChartRow }) {
  const { min, q1, median, q3, max } = row;
  return (
    <>
      {min !== null && max !== null ? (
        <span
          className="app-dot-plot__range"
          style={{ left: position(min), width: `${Math.max(0, max - min)}%` }}
        />
      ) : null}
      {q1 !== null && q3 !== null ? (
        <span
          className="app-dot-plot__range app-dot-plot__range--iqr"
          style={{ left: position(q1), width: `${Math.max(0, q3 - q1)}%` }}
        />
      ) : null}
      {median !== null ? (
        <span className="app-dot-plot__median" style={{ left: position(median) }} />
      ) : null}
    </>
  );
}

/**
 * A spine chart: for each item, the national range (min to max, light), the middle half (q1 to q3,
 * darker) and median (tick), the national value (bar), the peer median (hollow diamond) and the
 * subject's own value (filled circle, also written at the row's end). Hidden from assistive
 * technology: its frame's summary and Table tab carry the content.
 */
export function SpineChart({
  rows,
  subjectLabel,
  nationalLabel,
  showGroups = true,
}: {
  rows: readonly SpineChartRow[];
  subjectLabel: string;
  /** The national figure's name in the key: "England", or the feed's own place. */
  nationalLabel: string;
  showGroups?: boolean;
}) {
  const hasPeers = rows.some((row) => row.peerMedian !== undefined && row.peerMedian !== null);
  return (
    <div className="app-dot-plot app-spine-chart" aria-hidden="true">
      <DotPlotKey
        items={[
          { label: subjectLabel, style: SYSTEM },
          { label: nationalLabel, style: ENGLAND },
          ...(hasPeers ? [{ label: 'Peer median', style: PEERS, filled: false }] : []),
        ]}
        extra={
          <li>
            <span className="app-spine-key__range" /> Range of systems, darker: middle half, tick:
            median
          </li>
        }
      />
      {rows.map((row, index) => (
        <Fragment key={row.key}>
          {showGroups && row.group && row.group !== rows[index - 1]?.group ? (
            <p className="app-dot-plot__group">{row.group}</p>
          ) : null}
          <div className="app-dot-plot__row">
            <span className="app-dot-plot__label">{row.label}</span>
            <div className="app-dot-plot__track">
              <span className="app-dot-plot__baseline" />
              <Spread row={row} />
              {row.england !== null ? <DotPlotMark value={row.england} style={ENGLAND} /> : null}
              {row.peerMedian !== undefined && row.peerMedian !== null ? (
                <DotPlotMark value={row.peerMedian} style={PEERS} filled={false} />
              ) : null}
              {row.value !== null ? <DotPlotMark value={row.value} style={SYSTEM} /> : null}
            </div>
            <span className="app-dot-plot__value">{roundedScore(row.value)}</span>
          </div>
        </Fragment>
      ))}
      <DotPlotAxis />
    </div>
  );
}
