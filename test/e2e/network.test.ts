import { describe, expect, it } from 'vitest';
import { labelClashes, texts, useDashboard } from '../helpers/dashboard-server.js';

/** Issue 13, finding 6: the network view was a hairball without legend, labels over nodes, jargon and an ISO box. */
const d = useDashboard();

describe('network view', () => {
  it('has a legend for the two node kinds in the colours drawn, and labels that cover no node or label', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=network`);
    await page.waitForSelector('[data-testid=network-graph] circle[data-node]');
    const legend = await page.locator('[data-testid=network-legend]').textContent();
    expect(legend).toMatch(/Russian region/);
    expect(legend).toMatch(/partner country/);
    const swatches = await page
      .locator('[data-testid=network-legend] .node')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const fills = await page.evaluate(() =>
      ['r:', 'c:'].map((k) => {
        const c = document.querySelector(`circle[data-node^="${k}"]`)!;
        const probe = document.createElement('span');
        probe.style.color = c.getAttribute('fill')!;
        document.body.append(probe);
        const rgb = getComputedStyle(probe).color;
        probe.remove();
        return rgb;
      }),
    );
    expect(swatches).toEqual(fills);

    const clash = await labelClashes(page, '[data-testid=network-graph]');
    expect(clash.labels).toBeGreaterThanOrEqual(8);
    expect(clash.overNode).toBe(0);
    expect(clash.overLabel).toBe(0);
    expect(d.errors).toEqual([]);
  });

  it('says what it counts in plain words, in both languages', async () => {
    const { page } = d;
    for (const [lang, words] of [
      ['en', /Groups of regions sharing partner countries: \d+/],
      ['ru', /Группы регионов с общими странами-партнёрами: \d+/],
    ] as const) {
      await page.goto(`${d.base}/?tab=network&lang=${lang}`);
      const summary = await page.locator('[data-testid=network-summary]').textContent();
      expect(summary).toMatch(words);
      expect(summary).not.toMatch(/Louvain|edges|nodes/i);
    }
  });

  it('leaves regions without ties of the chosen type out of the drawing and lists them', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=network&tie=foreign_mission`);
    await page.waitForSelector('[data-testid=network-graph] circle[data-node]');
    const drawn = await page
      .locator('[data-testid=network-graph] circle[data-node^="r:"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    const isolated = await page.locator('[data-testid=network-isolated] summary').textContent();
    const n = Number(isolated!.match(/(\d+)\s*$/)![1]);
    expect(n).toBeGreaterThan(0);
    expect(drawn.length + n).toBe(89);
    // The summary's region count is the drawn one.
    expect(await page.locator('[data-testid=network-summary]').textContent()).toContain(
      `Regions with ties: ${drawn.length}`,
    );
  });

  it('picks a country from a list of localised names, not an ISO box', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=network&lang=ru`);
    await page.waitForSelector('[data-testid=network-country] option[value=FI]', { state: 'attached' });
    expect(await page.locator('[data-testid=network] input[type=text]').count()).toBe(0);
    expect(await page.locator('[data-testid=network-country] option[value=FI]').textContent()).toBe(
      'Финляндия',
    );
    await page.selectOption('[data-testid=network-country]', 'FI');
    await expect.poll(() => page.url()).toContain('focus=c%3AFI');
    await page.waitForSelector('[data-testid=ego-partners] li');
    expect(await texts(page, '[data-testid=ego-partners] li button')).toContain('Карелия');
  });

  it('centred on a region: its partners, most ties first, with the kinds of tie in a legend', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=network`);
    await page.waitForSelector('[data-testid=network-region] option[value=RU-KR]', { state: 'attached' });
    await page.selectOption('[data-testid=network-region]', 'RU-KR');
    await page.waitForSelector('[data-testid=ego-partners] li');
    expect(page.url()).toContain('focus=r%3ARU-KR');
    const partners = await page.locator('[data-testid=ego-partners] li').evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-partner'),
        n: Number(e.querySelector('.n')!.textContent),
      })),
    );
    expect(partners[0]!.id).toBe('FI');
    expect(partners.map((p) => p.n)).toEqual([...partners.map((p) => p.n)].sort((a, b) => b - a));
    const [summary] = await texts(page, '[data-testid=ego-summary]');
    expect(summary).toMatch(/Twin cities \d+/);
    expect(summary).toMatch(/Land borders \d+/);
    // A partner opens its own view; "whole network" goes back.
    await page.click('[data-testid=ego-partners] li[data-partner=FI] button');
    await expect.poll(() => page.url()).toContain('focus=c%3AFI');
    await page.click('[data-testid=network-whole]');
    await page.waitForSelector('[data-testid=network-graph]');
    expect(d.errors).toEqual([]);
  });
});
