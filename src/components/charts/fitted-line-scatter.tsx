import type { ReactNode } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { FittedSegment } from '../../domain/charts/fitted-segment';
import { GRID, INK } from '../../domain/charts/chart-theme';
import { removeTabStops } from './remove-tab-stops';

/** One set of dots, drawn in one fill and shape (recharts' circle unless given). */
export interface ScatterGroup<Point> {
  data: readonly Point[];
  fill: string;
  shape?: 'triangle';
}

export interface FittedLineScatterProps<Point> {
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: {
    dataKey: string;
    name: string;
    tickFormatter?: (value: number) => string;
    label?: { value: string; position: 'insideBottom'; offset: number; fill: string };
  };
  y: { dataKey: string; name: string; domain: [number, number] | 'auto' };
  groups: readonly ScatterGroup<Point>[];
  /** The fitted line from the lowest dot to the highest (fittedSegment); null draws none. */
  segment: FittedSegment | null;
  lineStyle: { stroke: string; strokeWidth: number; strokeDasharray?: string };
  /** Shown under the plot, inside the same hidden box (axis words, say). */
  children?: ReactNode;
}

const TICK = { fill: INK, fontSize: 12 };

/**
 * Dots on two number axes with a fitted straight line over them, as Divides' deprivation gradient
 * and Say and do draw them. Hidden from assistive technology and out of the tab order: each frame's
 * summary and Table tab carry the content.
 */
export function FittedLineScatter<Point>({
  height,
  margin,
  x,
  y,
  groups,
  segment,
  lineStyle,
  children,
}: FittedLineScatterProps<Point>) {
  return (
    <div aria-hidden="true" className="app-chart" ref={removeTabStops}>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart accessibilityLayer={false} margin={margin}>
          <CartesianGrid stroke={GRID} />
          <XAxis
            type="number"
            dataKey={x.dataKey}
            name={x.name}
            domain={['auto', 'auto']}
            tick={TICK}
            {...(x.tickFormatter ? { tickFormatter: x.tickFormatter } : {})}
            {...(x.label ? { label: x.label } : {})}
          />
          <YAxis
            type="number"
            dataKey={y.dataKey}
            name={y.name}
            domain={y.domain === 'auto' ? ['auto', 'auto'] : y.domain}
            width={44}
            tick={TICK}
          />
          {groups.map((group, index) => (
            <Scatter
              key={index}
              data={[...group.data]}
              fill={group.fill}
              {...(group.shape ? { shape: group.shape } : {})}
              isAnimationActive={false}
            />
          ))}
          {segment ? (
            <ReferenceLine
              segment={segment}
              stroke={lineStyle.stroke}
              strokeWidth={lineStyle.strokeWidth}
              {...(lineStyle.strokeDasharray ? { strokeDasharray: lineStyle.strokeDasharray } : {})}
              ifOverflow="extendDomain"
            />
          ) : null}
        </ScatterChart>
      </ResponsiveContainer>
      {children}
    </div>
  );
}
