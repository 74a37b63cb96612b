import { PERIOD_ID_PATTERN } from '../../domain/feed/period-id-pattern';
import { PRODUCT_STATES } from '../../domain/mesh/product-outcome';
import { STANDARD_SORT_COLUMNS } from '../../domain/tables/standard-row-order';
import { decodeMetric, encodeMetric, MetricCheck, OVERALL } from './metric';
import { asIs, choiceParam, decodeList, listParam, param, textParam } from './param-codec';
import { anyText, listOf, oneOf, orNull, someText, textMatching, trueOrFalse } from './value-check';
import { decodeWeightDiffs, encodeWeightDiffs, WeightDiffsCheck } from './weight-diffs';

function weightsParam(name: string, about: string) {
  return param({
    name,
    global: true,
    pages: 'all',
    decode: decodeWeightDiffs,
    schema: WeightDiffsCheck,
    encode: encodeWeightDiffs,
    fallback: {},
    about,
  });
}

/**
 * Every URL parameter the app reads or writes, and the only place their names are written.
 * Feed-dependent checks (is the quarter in the feed, does the id exist) are not here: they need the
 * feed, so they are functions of (value, feed facts) in feed-checks.ts. `q` is registered twice,
 * once per page that reads it (the Systems list and the Standards list); no page reads both.
 */
export const URL_PARAMS = {
  period: param({
    name: 'period',
    global: true,
    pages: 'all',
    decode: asIs,
    schema: orNull(textMatching(PERIOD_ID_PATTERN)),
    encode: (value) => value ?? '',
    fallback: null,
    about: 'The quarter viewed (`2026-Q3`); missing, or not in the feed, means the latest.',
  }),
  categoryWeights: weightsParam('cw', 'Category weights that differ from the published ones.'),
  standardWeights: weightsParam('sw', 'Standard weights that differ from the published ones.'),
  measuredUse: param({
    name: 'mu',
    global: true,
    pages: 'all',
    decode: (raw) => raw === 'on',
    schema: trueOrFalse,
    encode: (on) => (on ? 'on' : ''),
    fallback: false,
    about: '`mu=on` includes measured use in the scores of standards a measure is linked to.',
  }),
  tables: listParam('tables', 'all', 'Ids of the chart frames showing their Table tab.'),
  feed: textParam('feed', 'all', 'A feed address to load; removed from the URL once handled.'),
  metric: param({
    name: 'metric',
    global: false,
    pages: ['national', 'divides'],
    decode: decodeMetric,
    schema: MetricCheck,
    encode: encodeMetric,
    fallback: OVERALL,
    about:
      'What is shown: `category:<id>`, `standard:<id>` or (national) `measure:<id>`; missing means overall readiness.',
  }),
  measurePeriod: textParam(
    'mperiod',
    ['national'],
    "A measure's period on the national map (`2026-08`); missing, or not the measure's, means its latest.",
  ),
  view: choiceParam(
    'view',
    ['national'],
    ['score', 'compare'],
    'Map colours: score, or compared with the national figure.',
  ),
  map: choiceParam('map', ['national'], ['hex', 'geo'], 'Hex map, or the real boundaries.'),
  peers: param({
    name: 'peers',
    global: false,
    pages: ['system', 'report'],
    decode: (raw) => [...new Set(decodeList(raw))],
    schema: orNull(listOf(someText)),
    encode: (codes) => (codes ?? []).join(','),
    // Absent is not empty: `?peers=` is a deliberate empty group, no parameter means "not chosen".
    fallback: null,
    about: "The reader's peer group (system codes); `peers=` is a deliberate empty group.",
  }),
  spine: choiceParam(
    'spine',
    ['system'],
    ['category', 'gap-peers', 'gap-england'],
    'Order of the standards spine on a system profile.',
  ),
  systems: listParam('systems', ['compare'], 'System codes to compare, in order.'),
  systemsQuery: param({
    name: 'q',
    global: false,
    pages: ['systems'],
    decode: asIs,
    schema: anyText,
    encode: asIs,
    fallback: '',
    about: 'Words to find in system names on the Systems list.',
  }),
  region: textParam('region', ['systems'], 'Region code filtering the Systems list.'),
  standardsQuery: param({
    name: 'q',
    global: false,
    pages: ['standards'],
    decode: asIs,
    schema: anyText,
    encode: asIs,
    fallback: '',
    about: 'Words to find in standard names on the Standards list.',
  }),
  category: textParam('category', ['standards'], 'Category id filtering the Standards list.'),
  sort: choiceParam('sort', ['standards'], STANDARD_SORT_COLUMNS, 'Standards list sort column.'),
  dir: choiceParam('dir', ['standards'], ['asc', 'desc'], 'Standards list sort direction.'),
  example: textParam('example', ['methodology'], 'System code of the worked example.'),
  productState: param({
    name: 'state',
    global: false,
    pages: ['products'],
    decode: asIs,
    schema: orNull(oneOf(PRODUCT_STATES)),
    encode: (value) => value ?? '',
    fallback: null,
    about: 'The state filtering the Data products board (`late`, `failed`...); missing means all.',
  }),
};

export type UrlParamKey = keyof typeof URL_PARAMS;
export type UrlValues = { [K in UrlParamKey]: (typeof URL_PARAMS)[K]['fallback'] };
