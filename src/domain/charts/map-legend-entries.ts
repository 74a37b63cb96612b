import { formatPercent } from '../format/format-number';
import type { Comparison } from '../scoring/compare';
import { LOW_CONFIDENCE_BELOW } from '../scoring/score-system';
import { COMPARISON_FILLS, NO_DATA_FILL } from './chart-theme';
import { binCounts, SCORE_CLASSES } from './colour-bins';
import type { MapDatum } from './map-model';
import { NEUTRAL_NATIONAL } from '../feed/feed-place';
import { isLoadingText } from '../mesh/no-data-text';

export type MapView = 'score' | 'compare';

/** Blue, pale and orange: distinguishable with any colour vision, and each has a shape too. */
export const COMPARISON_LOOK: Record<Comparison, { fill: string; shape: string; word: string }> = {
  higher: { fill: COMPARISON_FILLS.higher, shape: '▲', word: 'Higher than' },
  similar: { fill: COMPARISON_FILLS.similar, shape: '●', word: 'Similar to' },
  lower: { fill: COMPARISON_FILLS.lower, shape: '▼', word: 'Lower than' },
};

export interface LegendEntry {
  /** A fill colour, or "hatch" for the low-confidence pattern. */
  swatch: string;
  shape?: string;
  label: string;
  /** How many systems the map draws this way (0 keeps the key the same every quarter). */
  count: number;
}

/** A system whose data product is unavailable: a mark as well as the pale fill, so not colour alone. */
export const UNAVAILABLE_SHAPE = '✕';
export const UNAVAILABLE_LABEL = 'No data: data product unavailable';
/** A system drawn before its data product arrived: no value *yet*, so neither No data nor zero. */
export const LOADING_SHAPE = '…';
export const LOADING_LABEL = 'Loading: data product not arrived yet';

/** "Low confidence (under 80% reported)", from the rule's own constant. */
export const LOW_CONFIDENCE_LABEL = `Low confidence (under ${formatPercent(LOW_CONFIDENCE_BELOW)} reported)`;

function viewEntries(view: MapView, data: readonly MapDatum[], national: string): LegendEntry[] {
  if (view === 'compare') {
    return (Object.keys(COMPARISON_LOOK) as Comparison[]).map((key) => ({
      swatch: COMPARISON_LOOK[key].fill,
      shape: COMPARISON_LOOK[key].shape,
      // Names the feed's place: "Higher than Wales", "Higher than all systems".
      label: `${COMPARISON_LOOK[key].word} ${national}`,
      count: data.filter((datum) => datum.vsEngland === key).length,
    }));
  }
  const counts = binCounts(
    SCORE_CLASSES,
    data.map((datum) => datum.value),
  );
  return SCORE_CLASSES.map((bin, index) => ({
    swatch: bin.colour,
    label: bin.label,
    count: counts[index] ?? 0,
  }));
}

/**
 * The map's key: every class (empty ones too, so the key is the same in every quarter), the
 * hatching and No data, each with how many systems it covers. The counts of the classes and No
 * data add up to the systems drawn; low confidence is counted among the classes as well.
 */
export function legendEntries(
  view: MapView,
  data: readonly MapDatum[],
  national: string = NEUTRAL_NATIONAL.toLowerCase(),
): LegendEntry[] {
  const withoutProduct = data.filter((datum) => datum.unavailable !== null).length;
  const loading = data.filter((datum) => isLoadingText(datum.unavailable)).length;
  const unavailable = withoutProduct - loading;
  const noData =
    (view === 'compare'
      ? data.filter((datum) => datum.vsEngland === null).length
      : data.filter((datum) => datum.value === null || !Number.isFinite(datum.value)).length) -
    withoutProduct;
  // Only a mesh can have a product that gave nothing; a single feed's key stays as it was.
  const products = [
    {
      swatch: NO_DATA_FILL,
      shape: UNAVAILABLE_SHAPE,
      label: UNAVAILABLE_LABEL,
      count: unavailable,
    },
    { swatch: NO_DATA_FILL, shape: LOADING_SHAPE, label: LOADING_LABEL, count: loading },
  ].filter((entry) => entry.count > 0);
  return [
    ...viewEntries(view, data, national),
    {
      swatch: 'hatch',
      label: LOW_CONFIDENCE_LABEL,
      count: data.filter((datum) => datum.value !== null && datum.lowConfidence).length,
    },
    { swatch: NO_DATA_FILL, label: 'No data', count: noData },
    ...products,
  ];
}
