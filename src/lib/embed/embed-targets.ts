import type { UrlParamKey } from '../url-state/url-params';

/** A chart frame that has an embed route, and the URL parameters its chart depends on. */
export interface EmbedTarget {
  /**
   * The chart frame's id (ChartFrame `id`). A frame drawn once per measure ends in `:name`
   * (`measure-trend-:measure`): the rest of the id fills that segment of the embed route.
   */
  frameId: string;
  /** The full page's route pattern, e.g. `/systems/:code`. */
  page: string;
  /** The embed route's pattern, with the same `:names` as the page's. */
  embed: string;
  /**
   * The parameters that change what the chart draws, in the order they are written. The Chart /
   * Table tab (`tables`), list filters and `feed` (added from the feed in use) are left out.
   */
  keys: readonly UrlParamKey[];
  /**
   * The iframe's height in CSS pixels: the embed page's whole height measured at 600 and 800 px
   * wide (the map's key stacks into a long list on narrow frames), so the back link shows unscrolled.
   */
  height: number;
}

/** What every score depends on: the quarter, the weights and whether measured use counts. */
const SCORE_KEYS: readonly UrlParamKey[] = [
  'period',
  'categoryWeights',
  'standardWeights',
  'measuredUse',
];

/**
 * The later embeds' heights (see `height`): the larger of the page heights measured at 600 and
 * 800 px wide on 6 December 2026 with the sample mesh, rounded up to 20 px. The spine lists every
 * standard, so it is tall.
 */
const HEIGHTS = {
  measureMap: 1520,
  regions: 760,
  categories: 1040,
  spine: 3180,
  measureTrend: 780,
  compareTrend: 880,
  sayAndDo: 1440,
  regional: 720,
  deprivation: 780,
  borders: 1380,
};

/**
 * The frames that can be embedded. Only these offer "Embed this chart": other frames have no
 * embed route yet, so offering a snippet for them would give a link that shows something else.
 */
export const EMBED_TARGETS: readonly EmbedTarget[] = [
  {
    frameId: 'readiness-map',
    page: '/',
    embed: '/embed/map',
    keys: [...SCORE_KEYS, 'metric', 'view', 'map'],
    height: 1300,
  },
  {
    // The same route as the readiness map: `metric=measure:<id>` draws the measure map there.
    frameId: 'measure-map',
    page: '/',
    embed: '/embed/map',
    keys: ['period', 'metric', 'measurePeriod'],
    height: HEIGHTS.measureMap,
  },
  {
    frameId: 'region-chart',
    page: '/',
    embed: '/embed/regions',
    keys: SCORE_KEYS,
    height: HEIGHTS.regions,
  },
  {
    frameId: 'profile-trend',
    page: '/systems/:code',
    embed: '/embed/systems/:code/trend',
    keys: [...SCORE_KEYS, 'peers'],
    height: 840,
  },
  {
    frameId: 'profile-categories',
    page: '/systems/:code',
    embed: '/embed/systems/:code/categories',
    keys: [...SCORE_KEYS, 'peers'],
    height: HEIGHTS.categories,
  },
  {
    frameId: 'profile-spine',
    page: '/systems/:code',
    embed: '/embed/systems/:code/spine',
    keys: [...SCORE_KEYS, 'peers', 'spine'],
    height: HEIGHTS.spine,
  },
  {
    // Published statistics: no score, quarter or peer group changes them.
    frameId: 'measure-trend-:measure',
    page: '/systems/:code',
    embed: '/embed/systems/:code/measures/:measure',
    keys: [],
    height: HEIGHTS.measureTrend,
  },
  {
    frameId: 'status-mix',
    page: '/standards/:id',
    embed: '/embed/standards/:id/adoption',
    keys: SCORE_KEYS,
    height: 840,
  },
  {
    frameId: 'compare-trend',
    page: '/compare',
    embed: '/embed/compare/trend',
    keys: [...SCORE_KEYS, 'systems'],
    height: HEIGHTS.compareTrend,
  },
  {
    // Self-reported scores against measured use: the weights do not enter (see say-and-do.ts).
    frameId: 'say-and-do-:measure',
    page: '/say-and-do',
    embed: '/embed/say-and-do/:measure',
    keys: ['period'],
    height: HEIGHTS.sayAndDo,
  },
  {
    frameId: 'dispersion',
    page: '/divides',
    embed: '/embed/divides/dispersion',
    keys: [...SCORE_KEYS, 'metric'],
    height: 920,
  },
  {
    frameId: 'regional-split',
    page: '/divides',
    embed: '/embed/divides/regional',
    keys: [...SCORE_KEYS, 'metric'],
    height: HEIGHTS.regional,
  },
  {
    frameId: 'deprivation',
    page: '/divides',
    embed: '/embed/divides/deprivation',
    keys: [...SCORE_KEYS, 'metric'],
    height: HEIGHTS.deprivation,
  },
  {
    // Borders are scored on the exchange standards' weights, whatever measure the page shows.
    frameId: 'border-map',
    page: '/divides',
    embed: '/embed/divides/borders',
    keys: SCORE_KEYS,
    height: HEIGHTS.borders,
  },
];
