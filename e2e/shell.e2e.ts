import { catalogueScenarios } from '../src/testing/msw/scenarios';
import { useMswHandlers } from './support/msw-route';
import { expect, test } from './support/test';

test('the illustrative-data notice is shown while the sample feed is loaded', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Illustrative data/ })).toBeVisible();
});

test('the skip link is the first tab stop and moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('primary navigation reaches each section and marks the current page', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'Same navigation; checked once at desktop width');
  await page.goto('/');
  // A press on the built page's link, before the app runs, is an ordinary page load, which leaves
  // focus at the top as any page load does; app-shell.e2e.ts covers a press in React's shell.
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await menu.getByRole('link', { name: 'Standards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Standards' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page).toHaveTitle(/^Standards – /);
  await expect(page.getByRole('main')).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
});

test('a dissolved system names its successors', async ({ page }) => {
  await page.goto('/systems/E54000034');
  await expect(page.getByRole('heading', { level: 1, name: /Frimley/ })).toBeVisible();
  // The profile's note and the Measured use trend's summary both say it: the note comes first.
  const note = page.getByText(/Frimley ended on 31 March 2026/).first();
  await expect(note).toBeVisible();
  await expect(note.getByRole('link')).toHaveCount(3);
});

test('the 404 page offers a way back', async ({ page }) => {
  await page.goto('/systems/E54000034/nothing-here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Find a system' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toBeVisible();
});

test('a feed that is not found gives an error page with Retry, not a blank screen', async ({
  page,
  consoleErrors,
}) => {
  await useMswHandlers(page, '**/data/mesh/catalogue.json', [catalogueScenarios.notFound]);
  // A 404 is not transient, so it is not retried in the background.
  await page.goto('/systems');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The data could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText(/The server answered HTTP 404/)).toBeVisible();
  await expect(page.getByText(/Trying again will not help/)).toBeVisible();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toBeVisible();
  // The browser itself logs the planted 404; nothing else may be logged.
  const unexpected = consoleErrors.filter((text) => !/Failed to load resource.*404/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
