import type { Page } from '@playwright/test';
import { getResponse } from 'msw';
import type { RequestHandler } from 'msw';

/**
 * Answers the page's requests with msw handlers (the same scenarios the unit tests use), through
 * Playwright's routing: the production build under test never contains the mocks.
 */
export async function useMswHandlers(page: Page, pattern: string, handlers: RequestHandler[]) {
  await page.route(pattern, async (route) => {
    const request = route.request();
    const response = await getResponse(
      handlers,
      new Request(request.url(), { method: request.method(), headers: request.headers() }),
    );
    if (!response) return route.continue();
    if (response.type === 'error') return route.abort('failed');
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}
