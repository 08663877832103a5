import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { dataDir, packageRoot } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { launchChromium } from './browser.js';
import { buildWeb } from './web-build.js';

export const ARTIFACTS = join(packageRoot(), 'test-artifacts');

/**
 * The dashboard built afresh and served on 127.0.0.1 from the test store, plus a headless Chromium. `edit` changes
 * the store's content in memory first (a test's SYNTHETIC case).
 */
export async function startDashboard(edit?: (s: Snapshot) => void): Promise<{
  app: FastifyInstance;
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const snapshot = await loadSnapshot(inject('baseStore'));
  edit?.(snapshot);
  const app = await createApp({
    snapshot,
    dataDir: dataDir(),
    webDir: await buildWeb(),
    // Browser tests check views, not load shedding (test/server/heavy-pool.test.ts does): on a machine busy with
    // other work the event loop of this test process may lag past the threshold and every request would be a 503;
    // and its workers compete with the other test processes at normal priority, not behind them.
    limits: { maxEventLoopDelayMs: 0, workerNice: 0 },
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

export interface DashboardPage {
  base: string;
  browser: Browser;
  /** A page at the given viewport, opened once for the file. */
  page: Page;
  /** Uncaught errors of `page` so far. */
  errors: string[];
}

/**
 * The set-up every dashboard e2e file shares: the dashboard served and a browser page before the file's tests,
 * both closed after. Read the fields inside tests (they are filled in by `beforeAll`).
 */
export function useDashboard(viewport = { width: 1366, height: 900 }): DashboardPage {
  const d = { errors: [] as string[] } as DashboardPage;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const s = await startDashboard();
    close = s.close;
    d.base = s.base;
    d.browser = s.browser;
    d.page = await s.browser.newPage({ viewport });
    d.page.on('pageerror', (e) => d.errors.push(e.message));
  });
  afterAll(async () => close?.());
  return d;
}

/** The whitespace-normalised text of every element matching `selector`. */
export const texts = (page: Page, selector: string): Promise<string[]> =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** How far the page scrolls sideways (0 when it fits). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** In a drawing: how many labels (`text[data-label]`) there are, and how many cover a dot or another label. */
export const labelClashes = (
  page: Page,
  svg: string,
): Promise<{ labels: number; overNode: number; overLabel: number }> =>
  page.evaluate((svg) => {
    const root = document.querySelector(svg)!;
    const labels = [...root.querySelectorAll('text[data-label]')].map((t) => t.getBoundingClientRect());
    const circles = [...root.querySelectorAll('circle')].map((c) => {
      const b = c.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
    });
    const hits = (c: { x: number; y: number; r: number }, b: DOMRect) => {
      const nx = Math.max(b.left, Math.min(c.x, b.right));
      const ny = Math.max(b.top, Math.min(c.y, b.bottom));
      return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r * c.r - 0.5;
    };
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return {
      labels: labels.length,
      overNode: labels.filter((l) => circles.some((c) => hits(c, l))).length,
      overLabel: labels.filter((l, i) => labels.some((m, j) => j !== i && overlap(l, m))).length,
    };
  }, svg);
