/**
 * How a measure's values and names are written in every view: a share as a percentage, a rate to
 * one decimal with its unit, a count in whole numbers; the title names the period the way the
 * publisher does ("NHS App unique users per 1,000 people, August 2025").
 */
import type { Measure } from '../feed/feed-schema';
import { formatPercent } from '../format/format-number';
import { formatPeriod } from '../periods/period';

type Shown = Pick<Measure, 'kind' | 'unit'>;

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** The number alone: "57.3%", "253.4", "1,204". */
export function formatMeasureNumber(measure: Pick<Measure, 'kind'>, value: number): string {
  if (measure.kind === 'share') return formatPercent(value, 1);
  if (measure.kind === 'rate') return oneDecimal.format(value);
  return whole.format(value);
}

/** The number with its unit: "253.4 per 1,000 people", "57.3% of practices", "1,204 logins". */
export function formatMeasureValue(measure: Shown, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'No value published';
  const number = formatMeasureNumber(measure, value);
  // A share's unit begins "% of ...": the number already carries the % sign.
  const unit = measure.kind === 'share' ? measure.unit.replace(/^%\s*/, '') : measure.unit;
  return `${number} ${unit}`;
}

/** "NHS App unique users per 1,000 people": what a map or a heading shows. */
export function measureLabel(measure: Pick<Measure, 'name' | 'unit' | 'kind'>): string {
  return measure.kind === 'count' ? measure.name : `${measure.name} ${measure.unit}`;
}

/** "NHS App unique users per 1,000 people, August 2025". */
export function measureTitle(
  measure: Pick<Measure, 'name' | 'unit' | 'kind'>,
  period: string,
): string {
  return `${measureLabel(measure)}, ${formatPeriod(period)}`;
}

const STATUS_WORDS: Record<Measure['statisticsStatus'], string> = {
  'official-statistics': 'Official statistics',
  'official-statistics-in-development': 'Official statistics in development',
  'management-information': 'Management information',
};

export function statisticsStatusLabel(status: Measure['statisticsStatus']): string {
  return STATUS_WORDS[status];
}
