/**
 * A measured value and a measure's statistics status as words, for the say-and-do view's
 * sentences, table and axis.
 */
import type { Measure } from '../feed/feed-schema';
import { formatFixed, formatPercent } from '../format/format-number';

type MeasureUnit = Pick<Measure, 'kind' | 'unit'>;

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "62.5%" for a share, "412.3 per 1,000 people" for a rate, "98,765 logins" for a count. */
export function formatMeasured(measure: MeasureUnit, value: number): string {
  if (measure.kind === 'share') return formatPercent(value, 1);
  if (measure.kind === 'rate') return `${formatFixed(value, 1)} ${measure.unit}`;
  return `${grouped.format(value)} ${measure.unit}`;
}

/** The number alone, for a table cell under a heading that gives the unit. */
export function measuredNumber(measure: Pick<Measure, 'kind'>, value: number): string {
  if (measure.kind === 'share') return formatPercent(value, 1);
  return measure.kind === 'rate' ? formatFixed(value, 1) : grouped.format(value);
}

const STATUS_WORDS: Record<Measure['statisticsStatus'], string> = {
  'official-statistics': 'Official statistics',
  'official-statistics-in-development': 'Official statistics in development',
  'management-information': 'Management information',
};

export function statisticsStatusText(status: Measure['statisticsStatus']): string {
  return STATUS_WORDS[status];
}
