import { describe, expect, it } from 'vitest';
import { texts as textsOf, useDashboard } from '../helpers/dashboard-server.js';

/** Issue 13's findings about what single views show (1 crisis, 3 profile and compare, 8 map, 9 clutter). */
const d = useDashboard();
const texts = (selector: string) => textsOf(d.page, selector);

describe('profile and compare (finding 3)', () => {
  it('strengths and weaknesses never share an indicator, and show the raw value with its unit and the score', async () => {
    const { page } = d;
    for (const region of ['RU-KR', 'RU-TA', 'RU-CHU', 'RU-MOW', 'RU-TY']) {
      await page.goto(`${d.base}/?tab=profile&region=${region}`);
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
    const { page } = d;
    await page.goto(`${d.base}/?tab=compare&compare=RU-KR,RU-TA,RU-CHU`);
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
    const { page } = d;
    await page.goto(`${d.base}/?tab=crisis&country=JP&lang=ru`);
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    const legend = await page.locator('.legend').textContent();
    expect(legend).toMatch(/0 — нет каналов/);
    // the lowest band beside it starts above zero
    expect(legend).toMatch(/нет каналов\s*> 0 – /);
    const chips = await texts('[data-testid=crisis-ranking] .chip');
    expect(chips.length).toBeGreaterThan(0);
    // Russian words (and figures, as in «в пределах 400 морских миль»), no English left.
    for (const c of chips) expect(c).toMatch(/^[А-Яа-яЁё«»"().,\s\d-]+$/);
    const why = await texts('[data-testid=crisis-ranking] .why');
    expect(why[0]).toMatch(/[а-я]/);
    expect(await page.locator('[data-testid=framework-explained]').textContent()).toMatch(
      /политический плюс/,
    );
  });

  it('a scenario keeps the baseline scale and shows the change', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=crisis&country=FI&scenario=eu-freeze-2022`);
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    expect(await page.locator('[data-testid=nc-change]').count()).toBeGreaterThan(0);
    expect(await texts('[data-testid=nc-change]')).toContainEqual(expect.stringMatching(/^[−-]\d/));
  });

  it('with no country chosen, offers a shortlist of neighbours and main partners', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?tab=crisis`);
    await page.waitForSelector('[data-testid=crisis-shortlist] button');
    const names = await texts('[data-testid=crisis-shortlist] button');
    expect(names).toEqual(expect.arrayContaining(['Finland', 'China', 'Kazakhstan']));
    await page.click('[data-testid=crisis-shortlist] button:text("Finland")');
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    expect(page.url()).toContain('country=FI');
  });

  it('on a phone the table keeps words whole, gives the reasons room and scrolls in its box', async () => {
    const page = await d.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${d.base}/?tab=crisis&country=FI&lang=ru`);
    await page.waitForSelector('[data-testid=crisis-ranking] tbody tr[data-region]', { timeout: 30000 });
    const r = await page.evaluate(() => {
      const table = document.querySelector('[data-testid=crisis-ranking]')!;
      const th = table.querySelectorAll('th')[2]!;
      return {
        wrap: getComputedStyle(th).overflowWrap,
        // "Потенциал" alone is wider than a header cut into pieces of a few letters
        headerWidth: th.getBoundingClientRect().width,
        reasonWidth: table.querySelectorAll('th')[3]!.getBoundingClientRect().width,
        page: document.documentElement.scrollWidth,
      };
    });
    await page.close();
    expect(r.wrap).toBe('normal');
    expect(r.reasonWidth).toBeGreaterThan(200);
    expect(r.headerWidth).toBeGreaterThan(60);
    expect(r.page).toBeLessThanOrEqual(390);
  });
});

describe('map and clutter (findings 8 and 9)', () => {
  it('the legend has entries for missing data and disputed status; swatches stay with their labels', async () => {
    const { page } = d;
    await page.goto(`${d.base}/`);
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

  it('Moscow, St Petersburg and their oblasts are shown enlarged and can be clicked there', async () => {
    const { page } = d;
    await page.goto(`${d.base}/`);
    await page.waitForSelector('[data-testid=inset-moscow] path[data-inset-region=RU-MOW]');
    const onMap = await page.locator('path[data-region=RU-MOW]').boundingBox();
    for (const iso of ['RU-MOW', 'RU-MOS', 'RU-SPE', 'RU-LEN']) {
      const box = await page.locator(`path[data-inset-region=${iso}]`).boundingBox();
      expect(Math.max(box!.width, box!.height), iso).toBeGreaterThan(20);
    }
    expect((await page.locator('path[data-inset-region=RU-MOW]').boundingBox())!.width).toBeGreaterThan(
      2.5 * onMap!.width,
    );
    // St Petersburg is a crescent round the bay: click a point inside its shape, not its box's centre.
    const inside = await page.locator('path[data-inset-region=RU-SPE]').evaluate((el) => {
      const p = el as SVGPathElement;
      const b = p.getBBox();
      const m = p.getScreenCTM()!;
      for (let i = 1; i < 20; i++)
        for (let j = 1; j < 20; j++) {
          const pt = new DOMPoint(b.x + (b.width * i) / 20, b.y + (b.height * j) / 20);
          if (p.isPointInFill(pt)) {
            const s = pt.matrixTransform(m);
            return { x: s.x, y: s.y };
          }
        }
      return null;
    });
    await page.mouse.click(inside!.x, inside!.y);
    await expect.poll(() => page.url()).toContain('region=RU-SPE');
    expect(await page.locator('[data-testid=inset-spb] figcaption').textContent()).toBe(
      'St Petersburg and Leningrad Oblast',
    );
  });

  it('no line across Chukotka at 180°: fills meet without a white edge, borders drawn once on top', async () => {
    const { page } = d;
    await page.goto(`${d.base}/`);
    await page.waitForSelector('[data-testid=map-borders]');
    const chu = page.locator('path[data-region=RU-CHU]');
    const [fill, stroke] = await chu.evaluate((e) => [getComputedStyle(e).fill, getComputedStyle(e).stroke]);
    expect(stroke).toBe(fill);
    expect(
      await page.locator('[data-testid=map-borders]').evaluate((e) => getComputedStyle(e).pointerEvents),
    ).toBe('none');
  });

  it('the class map names each class in the legend and the table, in colours that all differ', async () => {
    const { page } = d;
    await page.goto(`${d.base}/?indicator=class`);
    await page.waitForFunction(() => document.querySelectorAll('.legend .item').length >= 8);
    const swatches = await page
      .locator('.legend .item .swatch:not(.missing):not(.claimed)')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches.length).toBeGreaterThanOrEqual(6);
    expect(new Set(swatches).size).toBe(swatches.length);
    const cells = await texts('[data-testid=ranking] tbody tr td:nth-child(4)');
    expect(cells).toContain('Leaders');
    expect(cells.filter((c) => /^\d+$/.test(c))).toEqual([]);
  });

  it('the map colour selector shows its whole choice; rank intervals and numbers stay on one line (finding 9)', async () => {
    for (const [width, lang] of [
      [1366, 'en'],
      [1366, 'ru'],
      [390, 'en'],
      [390, 'ru'],
    ] as const) {
      const page = await d.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${d.base}/?lang=${lang}`);
      await page.waitForSelector('[data-testid=ranking] tbody tr td.interval svg', { timeout: 30000 });
      const r = await page.evaluate(() => {
        const sel = document.querySelector<HTMLSelectElement>('[data-testid=indicator]')!;
        const ctx = document.createElement('canvas').getContext('2d')!;
        const cs = getComputedStyle(sel);
        ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
        // Text plus the control's padding and drop-down arrow (about 28 px in Chromium).
        const need = ctx.measureText(sel.selectedOptions[0]!.textContent!).width + 28;
        const lines = (el: Element) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          // Boxes that do not overlap vertically sit on different lines.
          const boxes = [...range.getClientRects()].filter((b) => b.height > 0).sort((a, b) => a.top - b.top);
          let n = 0;
          let bottom = -Infinity;
          for (const b of boxes) {
            if (b.top >= bottom - 1) n++;
            bottom = b.top >= bottom - 1 ? b.bottom : Math.max(bottom, b.bottom);
          }
          return n;
        };
        const intervals = [...document.querySelectorAll('[data-testid=ranking] td.interval')].filter(
          (td) => td.textContent!.trim() && lines(td) > 1,
        ).length;
        const numbers = [...document.querySelectorAll('[data-testid=ranking] td.num')].filter(
          (td) => td.textContent!.trim() && lines(td) > 1,
        ).length;
        return { need, has: sel.clientWidth, intervals, numbers };
      });
      await page.close();
      expect(r.has, `${lang} ${width}`).toBeGreaterThanOrEqual(r.need);
      expect(r.intervals, `${lang} ${width}`).toBe(0);
      expect(r.numbers, `${lang} ${width}`).toBe(0);
    }
  });

  it('sources are listed once, on the methodology view, and every other view links there', async () => {
    const { page } = d;
    for (const tab of ['map', 'profile', 'crisis']) {
      await page.goto(`${d.base}/?tab=${tab}&region=RU-KR&country=FI`);
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
