import { http, HttpResponse } from 'msw';
import { minimalFeed } from '../fixtures/feeds/minimal-feed';
import { minimalHexJson } from '../fixtures/geo/minimal-hexjson';

/**
 * The default handlers: the feed endpoint answers with a small valid feed, the map layout with a
 * layout for it. Scenarios
 * (`./scenarios.ts`) override them per test with `server.use(...)`.
 */
export const handlers = [
  http.get('*/data/feed.json', () => HttpResponse.json(minimalFeed)),
  http.get('*/geo/icb23.hexjson', () => HttpResponse.json(minimalHexJson)),
];
