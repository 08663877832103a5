import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { dataDir, packageRoot } from '../src/dataset/data-dir.js';
import { createApp } from '../src/server/app.js';
import { buildStore } from '../src/store/build-store.js';
import { loadSnapshot } from '../src/store/load-snapshot.js';
import { launchChromium } from '../src/report/chromium.js';

/** Dashboard bundle size (gzip) and first render on localhost: navigation start → 89 regions on the map. */
export async function benchPage(): Promise<[string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), 'paradip-bench-'));
  const outDir = join(dir, 'web');
  await build({
    configFile: join(packageRoot(), 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const assets = readdirSync(join(outDir, 'assets'));
  const gz = (ext: string) =>
    assets
      .filter((f) => f.endsWith(ext))
      .reduce((n, f) => n + gzipSync(readFileSync(join(outDir, 'assets', f))).length, 0);
  const jsBytes = assets
    .filter((f) => f.startsWith('index-') && f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(outDir, 'assets', f))).length, 0);
  const lazyBytes = gz('.js') - jsBytes;
  const cssBytes = gz('.css');
  const path = join(dir, 'bench.duckdb');
  await buildStore(path);
  const app = await createApp({ snapshot: await loadSnapshot(path), dataDir: dataDir(), webDir: outDir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const times: number[] = [];
  const recompute: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const t = performance.now();
      await page.goto(base + '/');
      await page.waitForFunction(() => document.querySelectorAll('svg path[data-region]').length === 89);
      times.push(performance.now() - t);
      await page.close();
    }
    // In-browser recompute of the regional index after a weight change, as the page measures it (engine time).
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '/?tab=whatif');
    await page.waitForSelector('[data-testid=ranking] tbody tr[data-region]');
    const slider = page.locator('[data-testid=weight-people]');
    await slider.focus();
    for (let i = 0; i < 21; i++) {
      await slider.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      const text = (await page.locator('[data-testid=recompute-ms]').textContent()) ?? '';
      const ms = Number(text.replace(/[^\d.]/g, ''));
      if (i > 0 && Number.isFinite(ms)) recompute.push(ms);
    }
    await page.close();
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  const geometry = gzipSync(
    readFileSync(
      join(dataDir(), 'ru-regions-boundaries-naturalearth', 'ru_regions_ne10m_simplified20.topojson'),
    ),
  ).length;
  return [
    ['dashboard JS loaded first (gzip)', `${(jsBytes / 1024).toFixed(1)} KiB`],
    [
      'dashboard JS loaded on demand: network view, uncertainty worker (gzip)',
      `${(lazyBytes / 1024).toFixed(1)} KiB`,
    ],
    ['dashboard CSS (gzip)', `${(cssBytes / 1024).toFixed(1)} KiB`],
    ['map geometry (gzip)', `${(geometry / 1024).toFixed(1)} KiB`],
    ['first render on localhost (median of 5)', `${times[2]!.toFixed(0)} ms`],
    [
      'what-if recompute after a weight change (median of 20)',
      `${[...recompute].sort((a, b) => a - b)[10]?.toFixed(2) ?? '?'} ms (target < 16 ms)`,
    ],
  ];
}
