/**
 * The national view of the default mesh while its products are still downloading (issue 13): the
 * map is drawn from the products in so far, the rest say Loading, and the finished load replaces
 * it. A partial view is drawn only while some product's body is still on its way, so here most
 * products are held back until the test lets them go.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { axeViolations, expect, test } from './support/test';

const FIRST_IN = 8;

/**
 * Lets the catalogue's first FIRST_IN products through and holds the rest until `release` is
 * called; `total` is the catalogue's count of products, `held` the first product held back and
 * `first` the first let through.
 */
async function holdProductsBack(page: Page, request: APIRequestContext) {
  const catalogue = (await (await request.get('/data/mesh/catalogue.json')).json()) as {
    products: { id: string; url: string; domain: string[] }[];
  };
  const early = new Set(catalogue.products.slice(0, FIRST_IN).map((p) => p.url.split('/').pop()));
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/mesh/products/*.json', async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    if (!early.has(file)) await released;
    await route.continue();
  });
  return {
    total: catalogue.products.length,
    release,
    held: catalogue.products[FIRST_IN]!,
    first: catalogue.products[0]!,
  };
}

test('the map draws while products arrive, then the whole mesh replaces it', async ({
  page,
  request,
}) => {
  const { total, release } = await holdProductsBack(page, request);

  await page.goto('/');
  // The national page's own line (the app's loading message uses the same opening words).
  const arriving = page.getByRole('status').filter({ hasText: /Figures so far are based on/ });
  await expect(arriving).toContainText(
    new RegExp(`Loading data: \\d+ of ${total} data products loaded`),
    { timeout: 30_000 },
  );
  const national = page.locator('svg[role="group"]').filter({ hasText: / by system/ });
  await expect(national.getByRole('link').first()).toBeVisible();
  await expect(
    national.getByRole('link', { name: /Loading: .* has not arrived yet/ }).first(),
  ).toBeVisible();

  release();
  await expect(arriving).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText(/^Figures are based on/)).toBeVisible();
  await expect(national.getByRole('link', { name: /has not arrived yet/ })).toHaveCount(0);
});

test('a link to a measure holds its place while its product arrives, then draws it', async ({
  page,
  request,
}) => {
  const { release, held } = await holdProductsBack(page, request);
  const measures = (await (await request.get('/data/mesh/catalogue.json')).json()) as {
    products: { id: string; url: string }[];
  };
  // The bundled mesh's measure comes in the catalogue's last product, which is held back.
  const last = measures.products.at(-1)!;
  expect(last.id).not.toBe(held.id);
  const product = (await (await request.get(`/data/mesh/${last.url}`)).json()) as {
    measures: { id: string }[];
  };
  const id = product.measures[0]!.id;

  await page.goto(`/?metric=measure:${id}`);
  const holding = page.getByRole('heading', { name: 'Measure on its way' });
  await expect(holding).toBeVisible({ timeout: 30_000 });
  // Not the readiness map in the measure's place, and the control names what is coming.
  await expect(page.locator('svg[role="group"]').filter({ hasText: / by system/ })).toHaveCount(0);
  await expect(page.getByLabel('Show')).toHaveValue(`measure:${id}`);
  expect(await axeViolations(page)).toEqual([]);

  release();
  await expect(holding).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByLabel('Show')).toHaveValue(`measure:${id}`);
  await expect(page.getByRole('tab', { name: 'Table' }).first()).toBeVisible();
});

test('every other page says its figures rest on part of the mesh until the rest is in', async ({
  page,
  request,
}) => {
  const { total, release } = await holdProductsBack(page, request);

  await page.goto('/standards');
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible({
    timeout: 30_000,
  });
  const bar = page
    .getByTestId('mesh-arriving')
    .filter({ hasText: /will change as the rest arrive/ });
  await expect(bar).toContainText(
    new RegExp(
      `Loading data: \\d+ of ${total} data products loaded\\. Figures so far are based on \\d+ of ${total} data products`,
    ),
  );
  // Fixed to the window's foot: nothing on the page moves when it comes or goes.
  expect(await bar.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  expect(await axeViolations(page)).toEqual([]);

  // Moving to another page keeps saying it, as long as products are still on their way.
  await page.getByRole('link', { name: 'Booking and Referral Standard (BaRS)' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Booking and Referral Standard (BaRS)' }),
  ).toBeVisible();
  await expect(bar).toBeVisible();
  // A region whose products are on their way says so, not "No data" or a count of none.
  const regions = page.getByRole('table', { name: /The standard in each region/ });
  await expect(regions.getByText(/^\d+, \d+ still loading$/).first()).toBeVisible();

  release();
  await expect(bar).toHaveCount(0, { timeout: 30_000 });
  await expect(regions.getByText(/still loading/)).toHaveCount(0);
});

test('a profile whose own product is on its way says so first, and fills in when it comes', async ({
  page,
  request,
}) => {
  const { release, held } = await holdProductsBack(page, request);

  await page.goto(`/systems/${held.domain[0]!}`);
  const notice = page.getByText(`Loading: ${held.id} has not arrived yet.`);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/figures below are missing, not zero/)).toBeVisible();
  // Its neighbours have nothing to compare with yet: each row says why, never "0 of 15".
  const neighbours = page.getByRole('table', { name: /^Systems bordering/ });
  await expect(
    neighbours.getByText(`Loading: ${held.id} has not arrived yet`).first(),
  ).toBeVisible();
  await expect(neighbours.getByText(/^0 of \d+$/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  release();
  await expect(notice).toHaveCount(0, { timeout: 30_000 });
  await expect(neighbours.getByText(/has not arrived yet/)).toHaveCount(0);
});

test("a profile's ranks say they are so far while other systems' products arrive", async ({
  page,
  request,
}) => {
  const { release, first } = await holdProductsBack(page, request);

  await page.goto(`/systems/${first.domain[0]!}`);
  const headline = page.getByRole('region', { name: 'Headline' });
  const about = headline.getByText(/^About the ranks: /);
  await expect(about).toHaveText(/among all systems, so far: \d+ systems still loading/, {
    timeout: 30_000,
  });
  expect(await axeViolations(page)).toEqual([]);

  release();
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0, { timeout: 30_000 });
  // The products that failed for good are still named; none is loading.
  await expect(headline.getByText(/still loading/)).toHaveCount(0);
  const rank = headline.locator('dt', { hasText: 'Rank among all systems' }).locator('+ dd');
  await expect(rank).toHaveText(/ of \d+$/);
});
