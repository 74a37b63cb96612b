import { delay, http, HttpResponse } from 'msw';

/**
 * Named failure modes of a feed endpoint, shared by unit tests, e2e and the dev browser. Unit
 * tests read the single feed by default; the built app's default address is the mesh catalogue.
 */
export function feedScenariosAt(path: string) {
  return {
    serverError: http.get(path, () => new HttpResponse('Internal error', { status: 500 })),
    notFound: http.get(path, () => new HttpResponse('Not found', { status: 404 })),
    invalidJson: http.get(
      path,
      () => new HttpResponse('{"metadata": {', { headers: { 'Content-Type': 'application/json' } }),
    ),
    htmlPage: http.get(
      path,
      () =>
        new HttpResponse('<!doctype html><title>Sign in</title>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    ),
    networkError: http.get(path, () => HttpResponse.error()),
    hang: http.get(path, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  };
}

export const feedScenarios = feedScenariosAt('*/data/feed.json');

/** The same failures at the built app's default address, the bundled mesh's catalogue. */
export const catalogueScenarios = feedScenariosAt('*/data/mesh/catalogue.json');
