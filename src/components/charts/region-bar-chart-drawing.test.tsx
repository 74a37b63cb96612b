import { render } from '@testing-library/react';
import type { ComponentProps, ReactNode } from 'react';
import type * as Recharts from 'recharts';
import { describe, expect, it, vi } from 'vitest';
import type { RegionRow } from '../../domain/charts/region-rows';
import { RegionBarChartDrawing } from './region-bar-chart-drawing';

/** How often each recharts part the chart draws was rendered. */
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('recharts', async (original) => {
  const recharts = await original<typeof Recharts>();
  const counted = <N extends 'CartesianGrid' | 'XAxis' | 'YAxis' | 'Bar'>(name: N) => {
    const Part = recharts[name] as (props: object) => ReactNode;
    return (props: ComponentProps<(typeof recharts)[N]>) => {
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return <Part {...props} />;
    };
  };
  return {
    ...recharts,
    // A fixed size: jsdom lays nothing out, and the chart draws nothing at 0 x 0.
    ResponsiveContainer: ({ children }: { children: ReactNode }) => (
      <recharts.ResponsiveContainer
        width={400}
        height={300}
        initialDimension={{ width: 400, height: 300 }}
      >
        {children}
      </recharts.ResponsiveContainer>
    ),
    CartesianGrid: counted('CartesianGrid'),
    XAxis: counted('XAxis'),
    YAxis: counted('YAxis'),
    Bar: counted('Bar'),
  };
});

const row = (code: string, value: number): RegionRow => ({
  code,
  name: code,
  value,
  systems: 1,
  vsEngland: null,
});

describe('the region bar chart on new rows (issue 15)', () => {
  it('draws its grid, axes and bars once: only the data and reference line change', () => {
    const { rerender } = render(
      <RegionBarChartDrawing
        rows={[row('A', 80), row('B', 70)]}
        england={75}
        nationalLabel="England"
      />,
    );
    const first = new Map(renders);
    rerender(
      <RegionBarChartDrawing
        rows={[row('A', 60), row('B', 90)]}
        england={77}
        nationalLabel="England"
      />,
    );
    for (const part of ['CartesianGrid', 'XAxis', 'YAxis', 'Bar']) {
      expect([part, renders.get(part)]).toEqual([part, first.get(part)]);
    }
    expect(first.get('Bar')).toBeGreaterThan(0);
  });
});
