import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDashboard } from '../helpers/dashboard-server.js';

/** Issue 13's findings about what single views show (1 crisis, 3 profile and compare, 8 map, 9 clutter). */
let base: string;
let browser: Browser;
let page: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ base, browser, close } = await startDashboard());
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => close?.());

const texts = (selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('profile and compare (finding 3)', () => {
  it('strengths and weaknesses never share an indicator, and show the raw value with its unit and the score', async () => {
    for (const region of ['RU-KR', 'RU-TA', 'RU-CHU', 'RU-MOW', 'RU-TY']) {
      await page.goto(`${base}/?tab=profile&region=${region}`);
      await page.waitForSelector('[data-testid=profile-strengths]');
      const strengths = await texts('[data-testid=profile-strengths] li');
      const weaknesses = await texts('[data-testid=profile-weaknesses] li');
      const name = (s: string) => s.split(':')[0];
      const shared = strengths.map(name).filter((n) => n !== '—' && weaknesses.map(name).includes(n));
      expect(shared, region).toEqual([]);
      for (const s of [...strengths, ...weaknesses].filter((x) => x !== '—'))
        expect(s, region).toMatch(/: [\d\s,.]+ \S.*\(score [\d,.]+\)$/i);
    }
  });

  it('compare shows indicators as measured with units and the score beside, and no value label over a pillar name', async () => {
    await page.goto(`${base}/?tab=compare&compare=RU-KR,RU-TA,RU-CHU`);
    await page.waitForSelector('[data-testid=compare-table]');
    const cell = await texts('[data-testid=compare-table] tbody tr.lvl1 td');
    expect(cell[0]).toMatch(/^[\d,.]+ Score [\d,.]+$/);
    const overlaps = await page.evaluate(() => {
      const svg = document.querySelector('[data-testid=compare-chart]')!;
      const boxes = [...svg.querySelectorAll('text')].map((t) => ({
        bold: t.getAttribute('font-weight') === '600',
        r: t.getBoundingClientRect(),
      }));
      const names = boxes.filter((b) => b.bold);
      const values = boxes.filter((b) => !b.bold);
      return names.filter((n) =>
        values.some(
          (v) => v.r.left < n.r.right && v.r.right > n.r.left && v.r.top < n.r.bottom && v.r.bottom > n.r.top,
        ),
      ).length;
    });
    expect(overlaps).toBe(0);
  });
});

describe('crisis view (finding 1)', () => {
  it('zero capacity is its own legend class; channels and the reason show in the table, translated', async () => {
    await page.goto(`${base}/?tab=crisis&country=JP&lang=ru`);
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    const legend = await page.locator('.legend').textContent();
    expect(legend).toMatch(/0 — нет каналов/);
    const chips = await texts('[data-testid=crisis-ranking] .chip');
    expect(chips.length).toBeGreaterThan(0);
    for (const c of chips) expect(c).toMatch(/^[А-Яа-яЁё«»"().,\s-]+$/);
    const why = await texts('[data-testid=crisis-ranking] .why');
    expect(why[0]).toMatch(/[а-я]/);
    expect(await page.locator('[data-testid=framework-explained]').textContent()).toMatch(
      /политический плюс/,
    );
  });

  it('a scenario keeps the baseline scale and shows the change', async () => {
    await page.goto(`${base}/?tab=crisis&country=FI&scenario=eu-freeze-2022`);
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    expect(await page.locator('[data-testid=nc-change]').count()).toBeGreaterThan(0);
    expect(await texts('[data-testid=nc-change]')).toContainEqual(expect.stringMatching(/^[−-]\d/));
  });

  it('with no country chosen, offers a shortlist of neighbours and main partners', async () => {
    await page.goto(`${base}/?tab=crisis`);
    await page.waitForSelector('[data-testid=crisis-shortlist] button');
    const names = await texts('[data-testid=crisis-shortlist] button');
    expect(names).toEqual(expect.arrayContaining(['Finland', 'China', 'Kazakhstan']));
    await page.click('[data-testid=crisis-shortlist] button:text("Finland")');
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    expect(page.url()).toContain('country=FI');
  });
});

describe('map and clutter (findings 8 and 9)', () => {
  it('the legend has entries for missing data and disputed status; swatches stay with their labels', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.legend');
    expect(await page.locator('[data-testid=legend-disputed]').textContent()).toMatch(/disputed/);
    expect(await page.locator('.legend').textContent()).toMatch(/no data/);
    const split = await page.locator('.legend .item').evaluateAll(
      (items) =>
        items.filter((i) => {
          const s = i.querySelector('.swatch')!.getBoundingClientRect();
          const r = i.getBoundingClientRect();
          return s.top > r.top + 4;
        }).length,
    );
    expect(split).toBe(0);
  });

  it('sources are listed once, on the methodology view, and every other view links there', async () => {
    for (const tab of ['map', 'profile', 'crisis']) {
      await page.goto(`${base}/?tab=${tab}&region=RU-KR&country=FI`);
      await page.waitForSelector('[data-testid=sources-link]');
      expect(await page.locator('[data-testid=sources]').count(), tab).toBe(0);
    }
    await page.click('[data-testid=sources-link]');
    await page.waitForSelector('[data-testid=sources] tbody tr');
    expect(await page.locator('h2', { hasText: 'Sources and licences' }).count()).toBe(1);
    expect(await page.locator('[data-testid=spec-steps] tr').count()).toBeGreaterThan(4);
    expect(await page.locator('pre').count()).toBe(0);
  });
});
