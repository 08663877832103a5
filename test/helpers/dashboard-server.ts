import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { dataDir, packageRoot } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { launchChromium } from './browser.js';
import { buildWeb } from './web-build.js';

export const ARTIFACTS = join(packageRoot(), 'test-artifacts');

/** The dashboard built afresh and served on 127.0.0.1 from the test store, plus a headless Chromium. */
export async function startDashboard(): Promise<{
  app: FastifyInstance;
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const app = await createApp({
    snapshot: await loadSnapshot(inject('baseStore')),
    dataDir: dataDir(),
    webDir: await buildWeb(),
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  return {
    app,
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}
