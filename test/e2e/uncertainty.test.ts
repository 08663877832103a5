import { describe, expect, it } from 'vitest';
import { texts, useDashboard } from '../helpers/dashboard-server.js';

/** Issue 13, finding 7: the view opened blank, its Sobol labels were clipped, ranks 9 px, the red dot unexplained. */
const d = useDashboard();

describe('uncertainty view', () => {
  it('says what is varied and how to read it, and runs a seeded analysis on opening', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=uncertainty`);
    const about = (await texts(page, '[data-testid=uncertainty-about]'))[0]!;
    // Each factor of the bundled design (config/uncertainty-design.default.json), in words.
    expect(about).toMatch(/Outlier trimming \(winsorisation limit\): 1, 2, 3, 4 or 5 points/);
    expect(about).toMatch(/Normalisation: min–max or z-scores/);
    expect(about).toMatch(/Pillar weights: × \(1 ± 25 %\)/);
    expect(about).toMatch(/Aggregation: arithmetic mean or geometric mean/);
    // No click: the default run fills the view.
    await page.waitForSelector('[data-testid=rank-intervals] [data-region]', { timeout: 90000 });
    expect(await page.locator('[data-testid=rank-intervals] [data-region]').count()).toBeGreaterThan(80);
    expect(await page.locator('[data-testid=uncertainty-summary]').textContent()).toMatch(/seed: 1/);
    // Nominal rank and the interval as whole places.
    for (const r of await texts(page, '[data-testid=rank-intervals] [data-region] .range'))
      expect(r).toMatch(/^\d+ \(\d+–\d+\)$/);
    expect(d.errors).toEqual([]);
  });

  it('has a legend for the interval, the median and the nominal rank, in the colours drawn', async () => {
    const { page } = d;
    const legend = (await texts(page, '[data-testid=rank-legend]'))[0];
    expect(legend).toMatch(/5th–95th percentile/);
    expect(legend).toMatch(/median rank/);
    expect(legend).toMatch(/rank with the default choices/);
    const [key, mark] = await page.evaluate(() =>
      ['[data-testid=rank-legend] .k-nominal', '[data-testid=rank-intervals] .nominal'].map(
        (s) => getComputedStyle(document.querySelector(s)!).backgroundColor,
      ),
    );
    expect(mark).toBe(key);
  });

  it('no label is clipped or shortened, and no text is smaller than 11 px, at both widths and in Russian', async () => {
    for (const [width, lang] of [
      [1366, 'en'],
      [390, 'ru'],
    ] as const) {
      const page = await d.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${d.base}/?tab=uncertainty&lang=${lang}`);
      await page.waitForSelector('[data-testid=sobol-chart] .s-row', { timeout: 90000 });
      const bad = await page.evaluate(() => {
        const out: string[] = [];
        const root = document.querySelector('[data-testid=uncertainty]')!;
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!own) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 11) out.push(`${el.textContent} at ${size}px`);
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
            out.push(`clipped: ${el.textContent}`);
          if (/…/.test(el.textContent!)) out.push(`shortened: ${el.textContent}`);
        }
        // The rank strips are drawn at their real size: any text in them would scale.
        if (root.querySelector('svg text')) out.push('text inside a scaled drawing');
        return out;
      });
      const names = await texts(page, '[data-testid=sobol-chart] .name');
      await page.close();
      expect(bad, `${lang} ${width}`).toEqual([]);
      expect(names.length).toBe(5);
      if (lang === 'ru') for (const n of names) expect(n).toMatch(/^[А-ЯЁ][а-яё]/);
    }
  });
});
