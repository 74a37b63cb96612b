import { delay, http, HttpResponse } from 'msw';

const FEED = '*/data/feed.json';

/** Named failure modes of the feed endpoint, shared by unit tests and the dev browser. */
export const feedScenarios = {
  serverError: http.get(FEED, () => new HttpResponse('Internal error', { status: 500 })),
  notFound: http.get(FEED, () => new HttpResponse('Not found', { status: 404 })),
  invalidJson: http.get(
    FEED,
    () => new HttpResponse('{"metadata": {', { headers: { 'Content-Type': 'application/json' } }),
  ),
  htmlPage: http.get(
    FEED,
    () =>
      new HttpResponse('<!doctype html><title>Sign in</title>', {
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
  networkError: http.get(FEED, () => HttpResponse.error()),
  hang: http.get(FEED, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
};
