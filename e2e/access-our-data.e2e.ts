import { spawnSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { LANGUAGE_LABELS, codeExamples } from '../src/features/open-data/examples';
import type { CodeExample, ExampleLanguage } from '../src/features/open-data/examples';
import { ENDPOINTS } from '../src/features/open-data/endpoints';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

const PAGE = '/access-our-data';

/** Words each question's answer must print: a run that prints nothing useful fails. */
const EXPECTED_OUTPUT: Record<string, RegExp> = {
  'latest-readiness': /Cheshire and Merseyside/,
  'system-over-time': /2026-Q3/,
  'standard-adoption': /NHS Cheshire and Merseyside Integrated Care Board/,
  'product-health': /ok/,
};

/** How each language is run, and the check that says its tool is installed. */
const RUNNERS: Record<ExampleLanguage, { probe: string[]; run: (code: string) => string[] }> = {
  curl: { probe: ['curl', '--version'], run: (code) => ['sh', '-c', code] },
  python: { probe: ['python3', '-c', 'import pandas'], run: (code) => ['python3', '-c', code] },
  r: { probe: ['Rscript', '-e', 'invisible(0)'], run: (code) => ['Rscript', '-e', code] },
};

function runs(command: string[]) {
  const [file, ...args] = command;
  return spawnSync(file!, args, { encoding: 'utf8', timeout: 60_000 });
}

const available = Object.fromEntries(
  (Object.keys(RUNNERS) as ExampleLanguage[]).map((language) => [
    language,
    runs(RUNNERS[language].probe).status === 0,
  ]),
) as Record<ExampleLanguage, boolean>;

async function shownCode(page: Page, example: CodeExample): Promise<string | null> {
  const name = `${LANGUAGE_LABELS[example.language]}: ${example.question}`;
  return page.getByRole('figure', { name, exact: true }).locator('code').textContent();
}

/** A CSV file's first line, without the byte-order mark that spreadsheets need. */
const header = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];

test.describe('Access our data', () => {
  test('is linked from the footer, passes axe, and every file it links is served', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Access our data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Access our data' })).toBeVisible();
    await expect(page).toHaveTitle(/^Access our data – Interoperability readiness$/);
    await expect(page.getByText(/^The figures are published under the/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await attachScreenshot(page, testInfo, `${testInfo.project.name}-access-our-data`);

    const hrefs = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const files = hrefs.filter((href) => href.startsWith('/api/v1/'));
    // JSON and schema for each path, CSV and CSVW for all but the index, the two bulk files.
    expect(files).toHaveLength(ENDPOINTS.length * 4 - 2 + 2);
    for (const href of files) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      if (href.endsWith('.zip')) expect(body.subarray(0, 2).toString(), href).toBe('PK');
      else if (href.endsWith('.json'))
        expect(() => JSON.parse(body.toString()) as unknown, href).not.toThrow();
      else expect(header(body.toString()), href).toMatch(/^[A-Za-z]\w*(,[A-Za-z]\w*)+$/);
    }
  });

  test('runs every example against the built files where its tool is installed', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(240_000);
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1, name: 'Access our data' })).toBeVisible();
    const examples = codeExamples(new URL(baseURL!).origin);
    expect(examples).toHaveLength(12);
    for (const example of examples) {
      // What the reader copies is what runs here.
      expect(await shownCode(page, example), example.id).toBe(example.code);
      const response = await page.request.get(example.path);
      expect(response.status(), example.path).toBe(200);
      if (!available[example.language]) {
        const reason = `${example.id} not run: ${RUNNERS[example.language].probe.join(' ')} failed; its URL answered 200`;
        testInfo.annotations.push({ type: 'skipped example', description: reason });
        console.log(reason);
        continue;
      }
      runExample(example, await response.text(), testInfo);
    }
  });

  function runExample(example: CodeExample, served: string, testInfo: TestInfo) {
    const result = runs(RUNNERS[example.language].run(example.code));
    expect(result.status, `${example.id}: ${result.stderr}`).toBe(0);
    if (example.language === 'curl') {
      // curl prints the file as served: the CSV with its header, byte for byte.
      expect(header(result.stdout), example.id).toBe(header(served));
      expect(result.stdout.length, example.id).toBe(served.length);
    } else {
      expect(result.stdout, example.id).toMatch(EXPECTED_OUTPUT[example.questionId]!);
    }
    testInfo.annotations.push({ type: 'ran example', description: example.id });
  }

  test('copies an example to the clipboard and says "Copied"', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    const [example] = codeExamples(new URL(page.url()).origin);
    const name = `curl: ${example!.question}`;
    await page.getByRole('button', { name: `Copy the ${name} example` }).click();
    await expect(page.getByRole('figure', { name, exact: true }).getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(example!.code);
  });

  test('Tab reaches every link and copy button of the page in order', async ({
    page,
  }, testInfo) => {
    // At 375 px the header's menu collapses and changes the stops before main; desktop only.
    test.skip(testInfo.project.name === 'phone', 'the Tab order is checked at desktop width');
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: /^Copy the / })).toHaveCount(12);
    // The page draws before the data, which keeps downloading. Number the stops only once every
    // download has ended, or a late stop reads "none" (as a loaded CI run did). The feed's
    // notices stay off this page (it shows no feed data), so nothing arrives above it.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { name: /Illustrative data/ })).toHaveCount(0);
    const count = await page.evaluate(() => {
      const stops = [...document.querySelectorAll('main a[href], main button')];
      stops.forEach((element, index) => element.setAttribute('data-tab-stop', String(index)));
      return stops.length;
    });
    // The skip link moves focus to the main region; each Tab then goes to the next stop.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    for (let step = 0; step < count; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => document.activeElement?.getAttribute('data-tab-stop') ?? 'none'),
      );
    }
    expect(reached).toEqual(Array.from({ length: count }, (_, index) => String(index)));
  });

  for (const width of [375, 640]) {
    test(`has no sideways scroll at ${width} px; code wraps in its own box`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PAGE);
      await expect(page.getByRole('heading', { level: 1, name: 'Access our data' })).toBeVisible();
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      await attachScreenshot(page, testInfo, `${testInfo.project.name}-access-our-data-${width}`);
    });
  }
});
