import { http, HttpResponse } from 'msw';
import { minimalFeed } from '../fixtures/feeds/minimal-feed';

/**
 * The default handlers: the feed endpoint answers with a small valid feed. Scenarios
 * (`./scenarios.ts`) override them per test with `server.use(...)`.
 */
export const handlers = [http.get('*/data/feed.json', () => HttpResponse.json(minimalFeed))];
