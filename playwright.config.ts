import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// E2E_PORT and E2E_DIST let two checkouts (or two people) run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * Finds a Chromium to drive: Playwright's own if installed, else CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium. Stops with instructions when there is none.
 */
function findChromium(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own build.
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    [
      'No Chromium browser found for the end-to-end tests. Install one of:',
      '  npx playwright install chromium      (Playwright’s own build, needs its download CDN)',
      '  sudo apt-get install -y chromium     (Debian/Ubuntu package, at /usr/bin/chromium)',
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.e2e\.ts$/,
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker on CI: the runner, the preview server and Chromium already share two cores, and a
  // second worker made 41 of 93 tests time out on a busy machine while one worker passed them all.
  // The limits are about 3x the slowest quiet run (a route with axe and a full-page screenshot
  // takes up to 22 s; a web-first assertion settles in under 5 s).
  workers: process.env.CI ? 1 : undefined,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: 'reports/e2e.json' }],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: executablePath ? { executablePath } : {},
    // The build registers an offline service worker; page.route cannot see the requests a worker
    // answers, so specs that plant faults run without it. e2e/offline.e2e.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 375, height: 812 } } },
  ],
  // The production build, served as users get it (npm run test:e2e builds first).
  webServer: {
    command: `vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
