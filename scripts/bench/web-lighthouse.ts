/**
 * One Chromium for the web bench and one Lighthouse run per page in it. The machine's network is
 * closed, so Chromium is told not to reach out for updates, sync or field trials.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { FormFactor, LighthouseResult } from './web-report';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

export async function launchChrome(path: string): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: path, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
}

/** Lighthouse's mobile preset (its default) or its desktop preset, three categories only. */
export async function runLighthouse(
  url: string,
  port: number,
  formFactor: FormFactor,
): Promise<LighthouseResult> {
  const flags = {
    port,
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}
