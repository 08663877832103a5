import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useDashboard } from '../helpers/dashboard-server.js';

const d = useDashboard({ width: 1280, height: 800 });

const rankingIsos = () =>
  d.page
    .locator('[data-testid=ranking] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')));

describe('first page in headless Chromium', () => {
  it('draws the 89 regions on the map and in the table, and states the universe', async () => {
    const { page } = d;
    await page.goto(d.base + '/');
    await page.waitForSelector('svg path[data-region]');
    expect(await page.locator('svg path[data-region]').count()).toBe(89);
    expect(await page.locator('[data-testid=ranking] tbody tr[data-region]').count()).toBe(89);
    await expect
      .poll(() => page.locator('[data-testid=universe-note]').textContent())
      .toMatch(/All 89 entities/);
    // Regions without data (the six UA-coded entities for a per-capita twinning count) are drawn as missing.
    expect(await page.locator('path[data-region="UA-14"]').getAttribute('fill')).toBe('url(#missing)');
    expect(await page.locator('path[data-region="RU-KR"]').getAttribute('fill')).toMatch(/^#/);
    await page.screenshot({ path: join(ARTIFACTS, 'first-page.png') });
    expect(d.errors).toEqual([]);
  });

  it('hovering shows the name and value; clicking opens the profile with sources', async () => {
    const { page } = d;
    await page.hover('path[data-region="RU-KR"]');
    await expect.poll(() => page.locator('.tooltip').textContent()).toMatch(/Republic of Karelia/);
    await page.click('path[data-region="RU-KR"]');
    await expect.poll(() => page.locator('.panel h2').textContent()).toBe('Republic of Karelia');
    expect(await page.locator('.panel').textContent()).toMatch(/Land borders \(1\)/);
    expect(page.url()).toContain('region=RU-KR');
    await page.screenshot({ path: join(ARTIFACTS, 'profile.png') });
  });

  it('sorts the table, keeps rank order by the chosen indicator, and changes with the indicator', async () => {
    const { page } = d;
    await page.selectOption('[data-testid=indicator]', 'foreign_missions');
    await expect.poll(async () => (await rankingIsos())[0]).toBe('RU-MOW');
    await page.selectOption('[data-testid=indicator]', 'border_length_km');
    await expect.poll(async () => (await rankingIsos())[0]).not.toBe('RU-MOW');
    const values = await page
      .locator('[data-testid=ranking] tbody tr td:nth-child(4)')
      .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
    const numbers = values.filter((v) => v !== '—').map((v) => Number(v.replace(/[,\s\u202f\u00a0]/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it('switches to Russian (kept in the URL) and to the ISO universe (83 regions)', async () => {
    const { page } = d;
    await page.click('[data-testid=lang]');
    await expect
      .poll(() => page.locator('.brand span').textContent())
      .toBe('Международная активность регионов России');
    expect(page.url()).toContain('lang=ru');
    await page.check('[data-testid=universe] input[value=iso]');
    await expect.poll(() => page.locator('svg path[data-region]').count()).toBe(83);
    expect(await page.locator('[data-testid=universe-note]').textContent()).toMatch(/83 субъекта/);
    await page.screenshot({ path: join(ARTIFACTS, 'russian-iso.png') });
    // A shared URL restores the same view.
    const shared = await d.browser.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.locator('svg path[data-region]').count()).toBe(83);
    expect(await shared.locator('.brand span').textContent()).toBe(
      'Международная активность регионов России',
    );
    await shared.close();
  });
});
