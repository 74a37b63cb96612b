import { MetricSelect } from '../../components/ui/metric-select';
import { QuarterSelect } from '../../components/ui/quarter-select';
import type { Category, Standard } from '../../domain/feed/feed-schema';
import type { Metric } from '../../lib/url-state/metric';

/** The quarter and the measure every analysis on the page follows. */
export function DividesControls({
  periods,
  period,
  onPeriod,
  categories,
  standards,
  metric,
  onMetric,
}: {
  periods: readonly string[];
  period: string;
  onPeriod: (period: string) => void;
  categories: readonly Category[];
  standards: readonly Standard[];
  metric: Metric;
  onMetric: (metric: Metric) => void;
}) {
  return (
    <div className="app-controls app-divides-controls">
      <div className="app-control">
        <QuarterSelect periods={periods} period={period} onChange={onPeriod} />
      </div>
      <MetricSelect
        label="Measure"
        categories={categories}
        standards={standards}
        metric={metric}
        onChange={onMetric}
      />
    </div>
  );
}
