import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDashboard } from '../helpers/dashboard-server.js';

let base: string;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ base, browser, close } = await startDashboard());
});
afterAll(async () => close?.());

/** Every view of the dashboard and what shows it is drawn. */
const VIEWS: [tab: string, query: string, ready: string][] = [
  ['map', '', '[data-testid=ranking] tbody tr[data-region]'],
  ['indices', '', '[data-testid=indices-table] tbody tr'],
  ['profile', '&region=RU-KR', '[data-testid=pillar-chart]'],
  ['compare', '&compare=RU-KR,RU-TA,RU-PSK', '[data-testid=compare-table]'],
  ['whatif', '', '[data-testid=ranking] tbody tr[data-region]'],
  ['uncertainty', '', '[data-testid=rank-intervals] [data-region]'],
  ['network', '', '[data-testid=network-graph] circle'],
  ['crisis', '&country=FI', '[data-testid=crisis-ranking] tbody tr[data-region]'],
  ['method', '', '[data-testid=sources] tbody tr'],
];

/**
 * A page that records what the Content-Security-Policy refused: the browser's console errors ("Refused to …") and
 * the securitypolicyviolation events, which also name the directive.
 */
async function watched(): Promise<{ page: Page; refused: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Refused to|Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(
        `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  return {
    page,
    refused: async () => [
      ...console,
      ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
    ],
  };
}

describe('the Content-Security-Policy in headless Chromium', () => {
  it.each(VIEWS)(
    'the dashboard view %s is drawn with nothing refused',
    { timeout: 90_000 },
    async (tab, query, ready) => {
      const { page, refused } = await watched();
      const res = await page.goto(`${base}/?tab=${tab}${query}`);
      expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      await page.waitForSelector(ready, { timeout: 50_000 }); // a view computed in the page is slow on a busy machine
      await page.waitForTimeout(300); // late work (workers, charts) has run
      expect(await refused()).toEqual([]);
      await page.close();
    },
  );

  it('/docs (Swagger UI) renders the API with nothing refused', async () => {
    const { page, refused } = await watched();
    await page.goto(`${base}/docs/`);
    await page.waitForSelector('.swagger-ui .opblock');
    await page.click('.opblock-summary >> nth=0'); // open an operation: its schemas and examples render
    await page.waitForTimeout(300);
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
    expect(await refused()).toEqual([]);
    await page.close();
  });

  it('a printable report renders its styles and map with nothing refused', async () => {
    const { page, refused } = await watched();
    await page.goto(`${base}/api/report/region/RU-KR`);
    await page.waitForSelector('svg path');
    // The inline stylesheet applied: the body is not in the browser's default serif font.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
    expect(await refused()).toEqual([]);
    await page.close();
  });

  it('an inline script in a page of this server would be refused', async () => {
    const { page, refused } = await watched();
    await page.goto(`${base}/?tab=map`);
    await page.waitForSelector('[data-testid=ranking] tbody tr[data-region]');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect((await refused()).join('\n')).toMatch(/script-src/);
    await page.close();
  });
});
