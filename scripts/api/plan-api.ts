/**
 * Every file of the static API for one loaded feed or mesh, in memory: scored once with the
 * published weights (as every page is by default), then laid out as docs/static-api.md describes.
 */
import { predecessorsOf, successorsOf } from '../../src/domain/geography/crosswalk';
import { unavailableSystems } from '../../src/domain/mesh/no-data-text';
import { scoreFeed } from '../../src/domain/scoring/score-feed';
import type { FeedScores } from '../../src/domain/scoring/score-feed';
import { defaultWeights } from '../../src/domain/scoring/weights';
import type { ApiFile } from './api-files';
import { jsonText, metaFor, tableFiles } from './api-files';
import type { TableResponse } from './api-files';
import { RESPONSE_KINDS, renderResponseSchema } from './api-responses';
import type { TableKind } from './api-responses';
import { endpointList } from './endpoint-list';
import type { ApiSource } from './load-api-source';
import { measureRows, measureValueRows, nationalMeasureValues } from './product-measure-rows';
import { productRows } from './product-measure-rows';
import { intervalsByPeriod, periodScoreRows, systemRows, systemScoreRows } from './score-rows';
import { adoptionRows, adoptionSummary, regionApiRows, standardApiRows } from './standard-rows';
import { standardsByPeriod } from './standard-rows';

export interface PlanOptions {
  /** Shown in every response's meta: the file the API was written from. */
  generatedFrom: string;
  /** When product freshness was judged (ISO), for /products. */
  checkedAt: string;
}

type Response = TableResponse<TableKind>;

function scoreResponses(source: ApiSource, scores: FeedScores): Response[] {
  const { feed } = source;
  const intervals = intervalsByPeriod(feed, scores, defaultWeights(feed));
  const notes = source.mesh ? unavailableSystems(source.mesh.merged) : new Map<string, string>();
  const periodTable = (period: string | null, path: string): Response => {
    const periodScores = period === null ? undefined : scores.byPeriod[period];
    const rows = periodScores
      ? periodScoreRows(feed, periodScores, intervals.get(periodScores.period) ?? {}, notes)
      : [];
    const title = `Every system's overall readiness, ${period ?? 'no period'}`;
    return { kind: 'period-scores', path, title, extra: { period }, rows };
  };
  const systems = feed.geography.systems.map((system): Response => {
    const { crosswalk } = feed.geography;
    const successors = successorsOf(crosswalk, system.code);
    const predecessors = predecessorsOf(crosswalk, system.code);
    const { code, name, validFrom, validTo } = system;
    return {
      kind: 'system-scores',
      path: `systems/${code}/scores`,
      title: `${name}: readiness scores by period`,
      extra: { system: { code, name, validFrom, validTo, successors, predecessors } },
      rows: systemScoreRows(feed, system, scores, intervals),
    };
  });
  return [
    periodTable(feed.periods.at(-1) ?? null, 'scores/latest'),
    ...feed.periods.map((period) => periodTable(period, `scores/${period}`)),
    ...systems,
  ];
}

function otherResponses(source: ApiSource, scores: FeedScores, options: PlanOptions): Response[] {
  const { feed, mesh } = source;
  const latest = feed.periods.at(-1) ?? null;
  const byPeriod = standardsByPeriod(feed, scores);
  const adoption = feed.standards.map((standard): Response => ({
    kind: 'standard-adoption',
    path: `standards/${standard.id}/adoption`,
    title: `${standard.name}: adoption by system and period`,
    extra: {
      standard: { id: standard.id, name: standard.name, categoryId: standard.categoryId },
      summary: adoptionSummary(byPeriod, standard),
    },
    rows: adoptionRows(feed, byPeriod, standard),
  }));
  const measures = feed.measures.map((measure): Response => ({
    kind: 'measure-values',
    path: `measures/${measure.id}`,
    title: `${measure.name} by system and period`,
    extra: {
      measure: { id: measure.id, name: measure.name, unit: measure.unit },
      national: nationalMeasureValues(feed, measure),
    },
    rows: measureValueRows(feed, measure),
  }));
  const table = (kind: TableKind, path: string, title: string, rows: Response['rows']) => ({
    kind,
    path,
    title,
    extra: {},
    rows,
  });
  return [
    table(
      'systems',
      'systems',
      'Systems, their geography vintage and successors',
      systemRows(feed),
    ),
    table(
      'standards',
      'standards',
      'Standards and their adoption',
      standardApiRows(feed, byPeriod, latest),
    ),
    table(
      'regions',
      'regions',
      'Regions and the whole area by period',
      regionApiRows(feed, scores),
    ),
    {
      ...table(
        'products',
        'products',
        'Data products and their health',
        productRows(mesh?.board ?? []),
      ),
      extra: { mesh: mesh !== null, checkedAt: options.checkedAt },
    },
    table('measures', 'measures', 'Measures of use', measureRows(feed)),
    ...adoption,
    ...measures,
  ];
}

export function planApi(source: ApiSource, options: PlanOptions): ApiFile[] {
  const { metadata } = source.feed;
  const scores = scoreFeed(source.feed, defaultWeights(source.feed));
  const responses = [...scoreResponses(source, scores), ...otherResponses(source, scores, options)];
  const files = responses.flatMap((response) =>
    tableFiles(metadata, options.generatedFrom, response),
  );
  const index = {
    meta: metaFor(metadata, options.generatedFrom, 'index'),
    endpoints: endpointList(responses),
  };
  const schemas = RESPONSE_KINDS.map((kind) => ({
    path: `schemas/${kind}.schema.json`,
    body: renderResponseSchema(kind),
  }));
  return [{ path: 'index.json', body: jsonText(index) }, ...schemas, ...files];
}
