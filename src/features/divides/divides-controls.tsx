import { useId } from 'react';
import { QuarterSelect } from '../../components/ui/quarter-select';
import type { Category, Standard } from '../../domain/feed/feed-schema';
import type { Metric } from '../../lib/view-params';

function toValue(metric: Metric): string {
  return metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`;
}

function fromValue(value: string): Metric {
  const [kind, id] = value.split(':');
  if ((kind === 'category' || kind === 'standard') && id) return { kind, id };
  return { kind: 'overall' };
}

/**
 * The quarter and the measure every analysis on the page follows. (The metric select copies the
 * national page's, as features do not import each other.)
 */
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
  const id = useId();
  return (
    <div className="app-controls app-divides-controls">
      <div className="app-control">
        <QuarterSelect periods={periods} period={period} onChange={onPeriod} />
      </div>
      <div className="app-control">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={id}>
            Measure
          </label>
          <select
            className="nhsuk-select"
            id={id}
            value={toValue(metric)}
            onChange={(event) => onMetric(fromValue(event.target.value))}
          >
            <option value="overall">Overall readiness</option>
            <optgroup label="Categories">
              {categories.map((category) => (
                <option key={category.id} value={`category:${category.id}`}>
                  {category.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Standards">
              {standards.map((standard) => (
                <option key={standard.id} value={`standard:${standard.id}`}>
                  {standard.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </div>
    </div>
  );
}
