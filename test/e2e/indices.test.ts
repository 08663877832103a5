import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, labelClashes, useDashboard } from '../helpers/dashboard-server.js';

const d = useDashboard();

describe('activity, potential and the gap in the dashboard', () => {
  it('lands on the activity index', async () => {
    const { page } = d;
    await page.goto(d.base + '/');
    await page.waitForSelector('[data-testid=ranking] tbody tr[data-region]');
    expect(await page.locator('[data-testid=indicator]').inputValue()).toBe('index');
  });

  it('plots activity against potential with the fitted line, and lists both ranks and the gap', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=indices`);
    await page.waitForSelector('[data-testid=gap-chart] circle[data-region]');
    expect(await page.locator('[data-testid=gap-chart] circle[data-region]').count()).toBeGreaterThan(80);
    expect(await page.locator('[data-testid=indices-table] tbody tr').count()).toBe(89);
    expect(await page.locator('[data-testid=indices-fit]').textContent()).toMatch(/r² = 0\.\d\d/);
    // The leaders and the largest gaps are named, no name over a dot or another name.
    const clash = await labelClashes(page, '[data-testid=gap-chart]');
    expect(clash.labels).toBeGreaterThanOrEqual(5);
    expect([clash.overNode, clash.overLabel]).toEqual([0, 0]);
    // Sorting by the gap puts a region that does more than its resources predict first.
    await page.selectOption('[data-testid=indices-sort]', 'gap');
    const first = page.locator('[data-testid=indices-table] tbody tr').first().locator('td').last();
    expect(Number(await first.textContent())).toBeGreaterThan(0);
    // Trade is for 2021 and consular posts as of 2022-11 (data/…/SOURCE.md): the note says the periods straddle
    // 24 February 2022, on the side each falls.
    const watershed = await page.locator('[data-testid=indices-watershed]').textContent();
    expect(watershed).toMatch(/Foreign trade turnover.* refer to before 24 February 2022/);
    expect(watershed).toMatch(/24 February 2022, [^.]*consul[^.]* to after it/i);
    await page.screenshot({ path: join(ARTIFACTS, 'indices-en-1366.png'), fullPage: true });
    // One table style for the views' tables (shared with what-if), not a copy per view.
    const style = (sel: string) =>
      page.locator(sel).evaluate((el) => {
        const td = getComputedStyle(el.querySelector('tbody td')!);
        return [el.className.includes('data'), td.padding, td.fontSize, getComputedStyle(el).borderCollapse];
      });
    const indices = await style('[data-testid=indices-table]');
    await page.goto(`${d.base}/?tab=whatif`);
    await page.waitForSelector('[data-testid=ranking] tbody tr[data-region]');
    expect(await style('[data-testid=ranking]')).toEqual(indices);
    expect(indices[0]).toBe(true);
  });

  it('speaks Russian in Russian, fits a phone, and opens a profile on click', async () => {
    const phone = await d.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${d.base}/?tab=indices&lang=ru`);
    await phone.waitForSelector('[data-testid=indices-table] tbody tr');
    const text = await phone.locator('[data-testid=indices]').innerText();
    expect(text).toContain('Потенциал');
    expect(text).not.toMatch(/\b(Activity|Potential|Gap|Expected)\b/);
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: join(ARTIFACTS, 'indices-ru-390.png'), fullPage: true });
    await phone.locator('[data-testid=indices-table] tbody tr[data-region=RU-TA]').click();
    await expect.poll(() => phone.url()).toContain('region=RU-TA');
    await phone.close();
  });
});
