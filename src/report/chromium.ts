import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { loadPackage } from '../io/load-package.js';

/** Debian's Chromium at CHROMIUM_PATH or /usr/bin/chromium (no browser download exists here). */
export const CHROMIUM_PATH = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags this machine needs: no sandbox as root, no background network. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_PATH();
  if (!existsSync(executablePath))
    throw new Error(
      `PDF reports need a browser, and there is none at ${executablePath}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  // Loaded on demand: playwright-core is large and only PDF reports need it.
  const { chromium } = loadPackage<typeof import('playwright-core')>('playwright-core');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
