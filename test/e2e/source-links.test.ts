import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startDashboard } from '../helpers/dashboard-server.js';

let base: string;
let browser: Browser;
let close: () => Promise<void>;
let title = '';

// SYNTHETIC edit of the test store: one source holds a javascript: address, as a store written before imports
// checked addresses could.
beforeAll(async () => {
  ({ base, browser, close } = await startDashboard((s) => {
    s.sources[0] = { ...s.sources[0]!, url: 'javascript:window.ran=8' };
    title = s.sources[0].title;
  }));
});
afterAll(async () => close?.());

describe('source links on the dashboard', () => {
  it('a javascript: address is shown as text, never as a link; web addresses stay links', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?tab=method`);
    await page.waitForSelector('[data-testid=sources] tbody tr');
    const hrefs = await page
      .locator('[data-testid=sources] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    const row = page.locator('[data-testid=sources] tbody tr', { hasText: title }).first();
    expect(await row.locator('[data-testid=source-address]').textContent()).toBe('javascript:window.ran=8');
    await row.locator('td').first().click(); // clicking the title runs nothing
    expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
    await page.close();
  });
});
