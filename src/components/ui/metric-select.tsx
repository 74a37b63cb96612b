import { useId } from 'react';
import type { Category, Measure, Standard } from '../../domain/feed/feed-schema';
import type { Metric } from '../../lib/url-state/metric';
import { measureLabel } from '../../domain/measures/measure-format';

function toValue(metric: Metric): string {
  return metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`;
}

function fromValue(value: string): Metric {
  const [kind, id] = value.split(':');
  if ((kind === 'category' || kind === 'standard' || kind === 'measure') && id) return { kind, id };
  return { kind: 'overall' };
}

/** Choose what a page shows: overall readiness, one category, or one standard. */
export function MetricSelect({
  label,
  categories,
  standards,
  measures = [],
  arrivingMeasure = null,
  metric,
  onChange,
}: {
  label: string;
  categories: readonly Category[];
  standards: readonly Standard[];
  /** Measures of use, where a page can show them (the national map). */
  measures?: readonly Pick<Measure, 'id' | 'name' | 'unit' | 'kind'>[];
  /**
   * A measure the page was asked for whose data has not arrived yet: listed and chosen by its
   * id, so the control says what the page holds a place for rather than "Overall readiness".
   */
  arrivingMeasure?: string | null;
  metric: Metric;
  onChange: (metric: Metric) => void;
}) {
  const id = useId();
  return (
    <div className="app-control">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select
        className="nhsuk-select"
        id={id}
        value={arrivingMeasure === null ? toValue(metric) : `measure:${arrivingMeasure}`}
        onChange={(event) => onChange(fromValue(event.target.value))}
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
        {measures.length > 0 || arrivingMeasure !== null ? (
          <optgroup label="Measured use">
            {measures.map((measure) => (
              <option key={measure.id} value={`measure:${measure.id}`}>
                {measureLabel(measure)}
              </option>
            ))}
            {arrivingMeasure !== null ? (
              <option value={`measure:${arrivingMeasure}`}>{arrivingMeasure} (loading)</option>
            ) : null}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
