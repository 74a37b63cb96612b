import type { UrlParamKey } from '../url-state/url-params';

/** A chart frame that has an embed route, and the URL parameters its chart depends on. */
export interface EmbedTarget {
  /** The chart frame's id (ChartFrame `id`). */
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
    frameId: 'profile-trend',
    page: '/systems/:code',
    embed: '/embed/systems/:code/trend',
    keys: [...SCORE_KEYS, 'peers'],
    height: 840,
  },
  {
    frameId: 'status-mix',
    page: '/standards/:id',
    embed: '/embed/standards/:id/adoption',
    keys: SCORE_KEYS,
    height: 840,
  },
  {
    frameId: 'dispersion',
    page: '/divides',
    embed: '/embed/divides/dispersion',
    keys: [...SCORE_KEYS, 'metric'],
    height: 920,
  },
];
