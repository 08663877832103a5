import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, startDashboard } from '../helpers/dashboard-server.js';

/**
 * Every view, in both languages, at a laptop and a phone width (issue 13, findings 2 and 4): a screenshot of
 * each in test-artifacts/views/, no sideways overflow, and no interface text in the other language. Text
 * deliberately in another language (an original name) sits in an element with its own `lang` attribute.
 */
const VIEWS: Record<string, { tab?: string; query: string; ready: string }> = {
  map: { query: '', ready: '[data-testid=ranking] tbody tr[data-region]' },
  indices: { query: '', ready: '[data-testid=indices-table] tbody tr' },
  profile: { query: '&region=RU-KR', ready: '[data-testid=pillar-chart]' },
  compare: { query: '&compare=RU-KR,RU-TA,RU-PSK', ready: '[data-testid=compare-table]' },
  whatif: { query: '', ready: '[data-testid=ranking] tbody tr[data-region]' },
  uncertainty: { query: '', ready: '[data-testid=rank-intervals] [data-region]' },
  network: { query: '', ready: '[data-testid=network-graph] circle' },
  'network-ego': { tab: 'network', query: '&focus=r:RU-KR', ready: '[data-testid=ego-partners] li' },
  crisis: { query: '&country=FI', ready: '[data-testid=crisis-ranking] tbody tr[data-region]' },
  method: { query: '', ready: '[data-testid=sources] tbody tr' },
};
const WIDTHS = [1366, 390] as const;

/** Latin words allowed in Russian mode: names of standards, formats, software and the project. */
const LATIN_ALLOWED = new Set(
  [
    'paradip',
    'ISO',
    'RU',
    'CSV',
    'XLSX',
    'JSON',
    'PDF',
    'GeoJSON',
    'YAML',
    'OKATO',
    'OKTMO',
    'KLADR',
    'FIPS',
    'Wikidata',
    'Wikipedia',
    'OpenStreetMap',
    'OSM',
    'COINr',
    'JRC',
    'OECD',
    'CC',
    'BY',
    'SA',
    'ODbL',
    'CLI',
    'API',
    'MIT',
    'Natural',
    'Earth',
    'PD',
    'Jenks',
    'Ward',
    'ARI',
    'URL',
    'GitHub',
    // abbreviations and product names used as such in Russian text
    'HHI',
    'Admin',
    'UNTERM',
    'Kearney',
  ].map((w) => w.toLowerCase()),
);

let base: string;
let browser: Browser;
let close: () => Promise<void>;
const DIR = join(ARTIFACTS, 'views');

beforeAll(async () => {
  ({ base, browser, close } = await startDashboard());
  mkdirSync(DIR, { recursive: true });
});
afterAll(async () => close?.());

/** Visible text (and every option of every select) outside elements that declare another language. */
async function foreignWords(page: Page, lang: 'en' | 'ru'): Promise<string[]> {
  const texts = await page.evaluate((docLang) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      // Identifiers (ISO codes, indicator ids) are set as code: no language.
      if (el.closest('script,style,noscript,code')) continue;
      const declared = el.closest('[lang]')?.getAttribute('lang');
      if (declared && declared !== docLang) continue;
      const isOption = el.tagName === 'OPTION';
      if (!isOption && !(el as HTMLElement).getClientRects().length) continue;
      out.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[placeholder],[aria-label],[title]'))
      for (const a of ['placeholder', 'aria-label', 'title'])
        if (el.getAttribute(a) && !el.closest(`[lang]:not([lang="${docLang}"])`))
          out.push(el.getAttribute(a)!);
    return out;
  }, lang);
  const found = new Set<string>();
  for (const raw of texts) {
    // ISO 3166 codes (RU-TA, FI) and method names are the same in both languages.
    const t = raw
      .replace(/\b[A-Z]{2}-[A-Z0-9]{1,3}\b/g, '')
      .replace(/\bk-means\b/g, '')
      // file paths and package names (docs/crisis.md, world-atlas)
      .replace(/\b[\w-]+\/[\w./-]+/g, '')
      .replace(/\bworld-atlas\b/g, '');
    if (lang === 'en')
      for (const m of t.match(/[А-Яа-яЁё][А-Яа-яЁё-]*/g) ?? [])
        found.add(`${m} ← “${t.trim().slice(0, 60)}”`);
    else
      for (const m of t.match(/[A-Za-z][A-Za-z]{2,}/g) ?? [])
        if (!LATIN_ALLOWED.has(m.toLowerCase())) found.add(`${m} ← “${t.trim().slice(0, 60)}”`);
  }
  return [...found];
}

describe('every view in both languages at 1366 and 390 px', () => {
  for (const width of WIDTHS)
    for (const lang of ['en', 'ru'] as const)
      it(`${lang} at ${width} px: screenshots, no sideways overflow, no text in the other language`, async () => {
        const page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const problems: string[] = [];
        try {
          for (const [tab, v] of Object.entries(VIEWS)) {
            await page.goto(`${base}/?tab=${v.tab ?? tab}&lang=${lang}${v.query}`);
            await page.waitForSelector(v.ready, { timeout: 60000 });
            await page.waitForLoadState('networkidle');
            await page.screenshot({ path: join(DIR, `${tab}-${lang}-${width}.png`), fullPage: true });
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            if (overflow > 1) problems.push(`${tab}: ${overflow} px sideways overflow`);
            for (const w of await foreignWords(page, lang)) problems.push(`${tab}: ${w}`);
          }
        } finally {
          await page.close();
        }
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      });
});
