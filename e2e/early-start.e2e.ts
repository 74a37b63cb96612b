import type { Page } from '@playwright/test';
import { holdBack } from './support/hold-back';
import { expect, test } from './support/test';

/**
 * The built page asks for what the first view needs before the app's code has run (docs/
 * architecture.md "Before the app runs"): index.html's inline scripts start the feed worker, the
 * data, the scripts that read it and the opened page's own chunks. Holding back the app's entry
 * shows which requests the page made by itself; the app then adopts what was started, so nothing
 * is asked for twice.
 */

/** The paths requested so far, by a short name: a hashed asset by its name before the hash. */
function recorder(page: Page) {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    paths.push(path.replace(/^\/assets\/(.+)-[\w-]{8}\.(js|css)$/, '$1.$2'));
  });
  return paths;
}

test('on /, the feed worker, the catalogue and the national page’s code are asked for before the app runs', async ({
  page,
}) => {
  const paths = recorder(page);
  // The entry script: until it runs, nothing of the app's own code has run.
  const release = await holdBack(page, /\/assets\/index-[\w-]{8}\.js$/);
  await page.goto('/', { waitUntil: 'commit' });
  await expect
    .poll(() => paths)
    .toEqual(
      expect.arrayContaining([
        'feed.worker.js',
        '/data/mesh/catalogue.json',
        'national-page.js',
        'feed-body-readers.js',
      ]),
    );
  // The mesh loader is asked for once the catalogue is seen to be one.
  await expect.poll(() => paths).toContain('load-mesh.js');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  // Adopted, not started again: one request each.
  for (const name of ['feed.worker.js', 'national-page.js', '/data/mesh/catalogue.json']) {
    expect(
      paths.filter((path) => path === name),
      name,
    ).toHaveLength(1);
  }
});

test('a profile asks for its own page’s code, not the national page’s', async ({ page }) => {
  const paths = recorder(page);
  await page.goto('/systems/E54000008');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cheshire and Merseyside');
  expect(paths).toContain('system-profile-page.js');
  expect(paths).not.toContain('national-page.js');
});
