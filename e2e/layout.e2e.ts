import type { Page } from '@playwright/test';
import { ROUTES } from './support/routes';
import { attachScreenshot, expect, test } from './support/test';

/*
 * Layout checks on every route: nothing scrolls sideways at 320 px (WCAG 1.4.10; 1280 px at 400%
 * zoom is 320 CSS px), and every page prints on A4 with no drawing wider than the paper.
 */

/** A4 (210 mm) less print.css's two 12 mm margins, in CSS pixels at 96 per inch. */
const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  for (const route of ROUTES) {
    test(`${route.path} does not scroll sideways at 320 px`, async ({ page }, testInfo) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      await settle(page);
      const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
        const root = document.documentElement;
        // Name the widest element that sticks out, so a failure says what to fix.
        let widest = '';
        let right = root.clientWidth;
        for (const element of document.body.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (box.width > 0 && box.right > right) {
            right = box.right;
            widest = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
          }
        }
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
      });
      expect(scrollWidth, `page wider than the screen (widest: ${widest})`).toBeLessThanOrEqual(
        clientWidth,
      );
      if (testInfo.project.name === 'desktop') {
        await attachScreenshot(page, testInfo, `w320-${slug(route.path)}`);
      }
    });
  }
});

test.describe('print on A4', () => {
  for (const route of ROUTES) {
    test(`${route.path} prints with no drawing wider than A4`, async ({ page }, testInfo) => {
      await freezeResizeObserversOnDemand(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      await settle(page);
      // Paper is laid out without the page's scripts running again: charts keep the size they
      // were measured at on the screen. Model that, then lay the page out at the paper's width.
      await page.evaluate(() => {
        (window as unknown as { __paper: boolean }).__paper = true;
      });
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
      const tooWide = await page.evaluate((limit) => {
        const drawings = document.querySelectorAll('main svg, main .recharts-wrapper');
        return [...drawings]
          .map((drawing) => {
            const box = drawing.getBoundingClientRect();
            const name =
              drawing.getAttribute('aria-label') ?? drawing.getAttribute('class') ?? 'svg';
            return { name, right: Math.round(box.right), width: Math.round(box.width) };
          })
          .filter((drawing) => drawing.width > 0 && drawing.right > limit + 1);
      }, A4_PRINTABLE_PX);
      expect(tooWide, `drawings wider than the ${A4_PRINTABLE_PX} px of A4`).toEqual([]);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (testInfo.project.name === 'desktop') {
        await testInfo.attach(`print-${slug(route.path)}.pdf`, {
          body: pdf,
          contentType: 'application/pdf',
        });
        await attachScreenshot(page, testInfo, `print-${slug(route.path)}`);
      }
    });
  }
});

/** Lets ResizeObserver callbacks be switched off by `window.__paper = true`. */
async function freezeResizeObserversOnDemand(page: Page) {
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          if (!(window as unknown as { __paper?: boolean }).__paper) callback(entries, observer);
        });
      }
    };
  });
}

/** Waits until the feed has loaded and charts have measured themselves. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

function slug(path: string): string {
  return path === '/' ? 'home' : path.slice(1).replace(/[^a-z0-9]+/gi, '-');
}

test.describe('forced colours (Windows high contrast)', () => {
  test.use({ colorScheme: 'dark' });

  test('the map keys keep the colours the maps are drawn in', async ({ page }, testInfo) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/');
    const key = page.getByRole('listitem').filter({ hasText: /^0 to under 10/ });
    // The first class's swatch keeps its pale yellow, as its hexes do, not a blank system box.
    await expect(key.locator('span').first()).toHaveCSS('background-color', 'rgb(248, 252, 201)');
    await attachScreenshot(page, testInfo, 'forced-colours-home');

    await page.goto('/divides');
    // Border lines are drawn on pale hexes; on the theme's black the darkest band would vanish.
    const band = page.getByRole('listitem').filter({ hasText: /^0 to under 10% of the exchange/ });
    await expect(band.locator('svg')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    // The plain SVG charts' ticks and axis titles are drawn in the chart's dark ink: on the theme's
    // black they vanished, so each chart keeps a white ground (four small multiples, the regional
    // share, the deprivation scatter).
    const charts = page.locator('main svg.app-chart-own-ground');
    await expect(charts).toHaveCount(6);
    for (const chart of await charts.all())
      await expect(chart).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await attachScreenshot(page, testInfo, 'forced-colours-divides');
  });
});
