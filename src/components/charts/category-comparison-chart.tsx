import { DotPlotAxis, DotPlotKey, DotPlotMark, roundedScore } from './dot-plot-parts';
import { scoreScale } from './chart-scale';
import { seriesStyle } from './chart-series-styles';

export interface ComparisonChartSeries {
  key: string;
  label: string;
}

export interface ComparisonChartRow {
  key: string;
  label: string;
  /** Score 0-100 by series key; null or absent = no value. */
  values: Readonly<Record<string, number | null | undefined>>;
}

/** Pixels up or down per series, so markers at one value sit side by side, not on top. */
const DODGE = [0, 0, -6, 6, -6, 6, -6, 6];

/**
 * A dot plot: one row per category (or any item), one marker per series on a 0-100 scale. Series
 * take colour and shape in order (chart-series-styles.ts), the first filled and its value written
 * at the end of the row. The axis may start above 0 when every value is high (chart-scale.ts). Hidden from assistive technology: its frame's summary and Table tab say
 * the same in words and numbers.
 */
export function CategoryComparisonChart({
  rows,
  series,
}: {
  rows: readonly ComparisonChartRow[];
  series: readonly ComparisonChartSeries[];
}) {
  const styled = series.map((item, index) => ({ ...item, style: seriesStyle(index) }));
  const [first] = styled;
  const scale = scoreScale(rows.flatMap((row) => series.map((item) => row.values[item.key])));
  return (
    <div className="app-dot-plot" aria-hidden="true">
      <DotPlotKey items={styled} />
      {rows.map((row) => (
        <div className="app-dot-plot__row" key={row.key}>
          <span className="app-dot-plot__label">{row.label}</span>
          <div className="app-dot-plot__track">
            <span className="app-dot-plot__baseline" />
            {/* Drawn last to first so the first series sits on top. */}
            {[...styled].reverse().map((item) => {
              const value = row.values[item.key];
              return value === null || value === undefined ? null : (
                <DotPlotMark
                  key={item.key}
                  value={value}
                  style={item.style}
                  scale={scale}
                  offset={DODGE[styled.indexOf(item)] ?? 0}
                />
              );
            })}
          </div>
          <span className="app-dot-plot__value">
            {first ? roundedScore(row.values[first.key] ?? null) : null}
          </span>
        </div>
      ))}
      <DotPlotAxis scale={scale} />
    </div>
  );
}
