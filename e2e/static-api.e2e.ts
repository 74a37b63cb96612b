/**
 * The static API (docs/static-api.md) says what the pages show: figures read off a profile, the
 * national page and a standard's page, against the API files served by the same built site.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';

type Row = Record<string, string | number | boolean | null | string[]>;

async function apiRows(request: APIRequestContext, path: string): Promise<Row[]> {
  const response = await request.get(`/api/v1/${path}.json`);
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { data: Row[] }).data;
}

/**
 * The mesh loads product by product, so a figure can first show a partial view: the checks below
 * retry until the page shows the API's (whole-mesh) value, and none passes on a partial one.
 */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/data products loaded/)).toHaveCount(0, { timeout: 30_000 });
}

/** The value beside a term of a description list (a page's figures are dt/dd pairs). */
function definitionOf(scope: Page | Locator, term: RegExp) {
  return scope
    .getByRole('term')
    .filter({ hasText: term })
    .first()
    .locator('xpath=following-sibling::dd[1]');
}

const ordinal = (n: number) => {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

test('a profile shows the readiness and rank with interval of the API', async ({
  page,
  request,
}) => {
  const latest = await apiRows(request, 'scores/latest');
  const kent = latest.find((row) => row.shortName === 'Kent and Medway')!;
  const scores = await apiRows(request, `systems/${String(kent.code)}/scores`);
  const overall = scores.find((row) => row.period === kent.period && row.level === 'overall')!;
  expect(overall.score).toBe(kent.overall);

  await page.goto(`/systems/${String(kent.code)}`);
  await settled(page);
  const headline = page.getByRole('region', { name: 'Headline' });
  const [rank, low, high, count] = [kent.rank, kent.rankLow, kent.rankHigh, kent.rankedCount];
  const rankText = `${ordinal(Number(rank))} (${ordinal(Number(low))}–${ordinal(Number(high))}) of ${String(count)}`;
  await expect(definitionOf(headline, /^Rank among all systems$/)).toHaveText(rankText);
  await expect(definitionOf(headline, /^Readiness$/)).toHaveText(
    String(Math.round(Number(kent.overall))),
  );
});

test("the national page shows England's readiness and a standard's adoption as the API does", async ({
  page,
  request,
}) => {
  const latest = (await apiRows(request, 'scores/latest'))[0]!.period;
  const england = (await apiRows(request, 'regions')).find(
    (row) => row.period === latest && row.level === 'national',
  )!;
  await page.goto('/');
  await settled(page);
  await expect(definitionOf(page, /^Readiness \(population-weighted\)$/)).toContainText(
    `${Math.round(Number(england.populationWeighted))} out of 100`,
  );

  const standard = (await apiRows(request, 'standards')).find((row) => row.id === 'nhs-cis2')!;
  const adoption = await apiRows(request, 'standards/nhs-cis2/adoption');
  const live = adoption.filter((row) => row.period === latest && row.status === 'live');
  expect(live).toHaveLength(Number(standard.live));
  await page.goto('/standards/nhs-cis2');
  await settled(page);
  const share = Math.round(Number(standard.shareLive) * 100);
  await expect(definitionOf(page, /^Systems live$/)).toContainText(
    `${share}% (${String(standard.live)} of ${String(standard.reporting)})`,
  );
});

test('an ended system keeps its scores path and names its successors', async ({ request }) => {
  const systems = await apiRows(request, 'systems');
  const ended = systems.filter((row) => row.validTo !== null);
  expect(ended.length).toBeGreaterThan(0);
  for (const system of ended) {
    expect(system.successors, String(system.code)).not.toEqual([]);
    const csv = await request.get(`${String(system.scoresPath)}.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
  }
  const index = await request.get('/api/v1/index.json');
  const schema = await request.get('/api/v1/schemas/system-scores.schema.json');
  expect([index.status(), schema.status()]).toEqual([200, 200]);
});
