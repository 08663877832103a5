import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import AjvModule from 'ajv';
import type { FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

let app: FastifyInstance;
let base: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document is walked dynamically
let doc: any;
const TOKEN = 'synthetic-test-token';
let storePath: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(inject('tempRoot'), 'api-'));
  storePath = join(dir, 'paradip.duckdb');
  copyFileSync(inject('baseStore'), storePath);
  app = await createApp({
    snapshot: await loadSnapshot(storePath),
    dataDir: dataDir(),
    storePath,
    token: TOKEN,
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  doc = await (await fetch(`${base}/openapi.json`)).json();
});
afterAll(async () => app.close());

// ajv is CommonJS: under NodeNext its default export arrives wrapped.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
const ajv = new (Ajv as any)({ strict: false, allErrors: true });
function responseSchema(path: string, method: string, status: number) {
  const op = doc.paths[path]?.[method];
  expect(op, `${method.toUpperCase()} ${path} is documented`).toBeTruthy();
  const r = op.responses[String(status)];
  expect(r, `${method.toUpperCase()} ${path} documents ${status}`).toBeTruthy();
  const schema = r.content?.['application/json']?.schema;
  return JSON.parse(
    JSON.stringify(schema ?? {}).replace(/"#\/components\/schemas\/ErrorBody"/g, '"#/definitions/ErrorBody"'),
  );
}
function validate(path: string, method: string, status: number, body: unknown) {
  const schema = {
    ...responseSchema(path, method, status),
    definitions: { ErrorBody: doc.components.schemas.ErrorBody },
  };
  const ok = ajv.validate(schema, body);
  expect(ok, `${method.toUpperCase()} ${path} ${status}: ${ajv.errorsText()}`).toBe(true);
}

// Every documented GET endpoint, with real parameters.
const CALLS: [string, string][] = [
  ['/api/health', '/api/health'],
  ['/api/regions', '/api/regions?universe=iso'],
  ['/api/regions/{code}', '/api/regions/RU-KR'],
  ['/api/countries', '/api/countries'],
  ['/api/countries/{iso2}/ties', '/api/countries/FI/ties'],
  ['/api/ties', '/api/ties?type=twinning&country=FI&limit=5'],
  ['/api/observations', '/api/observations?indicator=twin_pairs&limit=10&offset=10'],
  ['/api/sources', '/api/sources'],
  ['/api/indicators', '/api/indicators'],
  ['/api/index/input', '/api/index/input?index=potential&period=2021'],
  ['/api/indices', '/api/indices?universe=iso'],
  ['/api/config', '/api/config'],
  ['/api/index/audit', '/api/index/audit'],
  ['/api/index/uncertainty', '/api/index/uncertainty?runs=50&seed=3'],
  ['/api/index/sensitivity', '/api/index/sensitivity?n=8&bootstrap=10&seed=2'],
  ['/api/classification', '/api/classification'],
  ['/api/classification/{code}', '/api/classification/RU-TA'],
  ['/api/scenarios', '/api/scenarios'],
  ['/api/crisis/{iso2}', '/api/crisis/FI?scenario=eu-freeze-2022'],
  ['/api/frameworks', '/api/frameworks?country=FI'],
  ['/api/network', '/api/network?type=border'],
];

describe('API against its OpenAPI document, over real HTTP', () => {
  it('publishes OpenAPI 3 at /openapi.json and interactive docs at /docs, offline', async () => {
    expect(doc.openapi).toMatch(/^3\./);
    const ui = await fetch(`${base}/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
    for (const [path] of CALLS) expect(doc.paths[path], path).toBeTruthy();
  });

  it.each(CALLS)('%s answers 200 with a body that matches its schema', async (path, url) => {
    const res = await fetch(base + url);
    expect(res.status, url).toBe(200);
    validate(path, 'get', 200, await res.json());
  });

  it('errors follow {error, message, details}: 400 naming the parameter, 404 for unknown region or country', async () => {
    const cases: [string, string, number][] = [
      ['/api/regions', '/api/regions?universe=mars', 400],
      ['/api/regions/{code}', '/api/regions/RU-XX', 404],
      ['/api/countries/{iso2}/ties', '/api/countries/QQ/ties', 404],
      ['/api/ties', '/api/ties?limit=0', 400],
      ['/api/ties', '/api/ties?colour=red', 400],
      ['/api/frameworks', '/api/frameworks', 400],
      ['/api/crisis/{iso2}', '/api/crisis/FI?scenario=nope', 400],
      ['/api/index/uncertainty', '/api/index/uncertainty?runs=999999', 400],
    ];
    for (const [path, url, status] of cases) {
      const res = await fetch(base + url);
      expect(res.status, url).toBe(status);
      const b = await res.json();
      validate(path, 'get', status, b);
      if (status === 400) expect(b.details.parameter, url).toBeTruthy();
    }
    const limit = await (await fetch(`${base}/api/ties?limit=0`)).json();
    expect(limit.details.parameter).toBe('limit');
  });

  it('paginates with total, limit and offset', async () => {
    const a = await (await fetch(`${base}/api/ties?type=twinning&limit=10&offset=0`)).json();
    const b = await (await fetch(`${base}/api/ties?type=twinning&limit=10&offset=10`)).json();
    // 1,191 rows less 13 repeats and 49 partners in Crimea, Sevastopol or the 2022 entities (data/twinning-wikipedia/SOURCE.md).
    expect(a.total).toBe(1191 - 13 - 49);
    expect(a.items).toHaveLength(10);
    expect(b.items[0].id).not.toBe(a.items[0].id);
  });

  it('sends ETags and answers 304 to If-None-Match', async () => {
    const first = await fetch(`${base}/api/regions`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/api/regions`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('limits URL and body sizes', async () => {
    expect((await fetch(`${base}/api/regions?universe=${'a'.repeat(5000)}`)).status).toBe(414);
    const big = await fetch(`${base}/api/index`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: {}, pad: 'x'.repeat(2 << 20) }),
    });
    expect(big.status).toBe(413);
  });

  it('POST /api/index runs a posted spec; a bad spec is a 400 naming the field', async () => {
    const post = (body: unknown) =>
      fetch(`${base}/api/index`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await post({ spec: { normalise: { method: 'rank' } }, universe: 'iso' });
    expect(ok.status).toBe(200);
    const b = await ok.json();
    validate('/api/index', 'post', 200, b);
    expect(b.rows).toHaveLength(83);
    expect(b.spec.normalise.method).toBe('rank');
    const again = await (await post({ spec: { normalise: { method: 'rank' } }, universe: 'iso' })).json();
    expect(again.hash).toBe(b.hash);
    const bad = await post({ spec: { normalise: { method: 'softmax' } } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/normalise\.method/);
  });

  it('imports only with the token (compared in constant time); a rejected file changes nothing', async () => {
    const csv = 'region;indicator;period;value\nRU-TA;consular_posts;2025;3\n';
    const url = `${base}/api/import/observations?source=${encodeURIComponent('synthetic test upload')}`;
    const post = (auth?: string, body = csv) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...(auth ? { authorization: auth } : {}) },
        body,
      });
    expect((await post()).status).toBe(401);
    expect((await post('Bearer wrong')).status).toBe(401);
    const bad = await post(
      `Bearer ${TOKEN}`,
      'region;indicator;period;value\nГондор;consular_posts;2025;3\n',
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.issues[0]).toMatchObject({ row: 2, column: 'region' });
    const ok = await post(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect((await ok.json()).inserted).toBe(1);
    const obs = await (await fetch(`${base}/api/observations?indicator=consular_posts&region=RU-TA`)).json();
    expect(obs.items.map((o: { period: string }) => o.period)).toContain('2025');
  });

  it('exports and reports download over HTTP (XLSX read back, HTML report with Cyrillic)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const x = await fetch(`${base}/api/export/regions?format=xlsx&universe=iso`);
    expect(x.status).toBe(200);
    expect(x.headers.get('content-disposition')).toMatch(/paradip-regions\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['regions', 'sources', 'metadata']);
    expect(wb.getWorksheet('regions')!.rowCount).toBe(84);
    const csv = new Uint8Array(
      await (await fetch(`${base}/api/export/crisis?country=FI&excel=true`)).arrayBuffer(),
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await fetch(`${base}/api/export/crisis`)).status).toBe(400);
    const geo = await fetch(`${base}/api/export/ties?format=geojson`);
    expect(geo.status).toBe(400);
    expect((await geo.json()).details).toEqual({ parameter: 'format' });
    const html = await (await fetch(`${base}/api/report/region/RU-KR?lang=ru`)).text();
    expect(html).toMatch(/Отчёт по региону: Карелия/);
    expect((await fetch(`${base}/api/report/region/RU-XX`)).status).toBe(404);
  });

  it('is read-only without a configured token', async () => {
    const ro = await createApp({
      snapshot: await loadSnapshot(inject('baseStore')),
      dataDir: dataDir(),
      token: '',
    });
    const url = await ro.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${url}/api/import/observations?source=x`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: 'Bearer x' },
      body: 'a',
    });
    expect(res.status).toBe(403);
    await ro.close();
  });
});

describe('the two indices over HTTP', () => {
  it('/api/indices gives both scores, ranks and the gap per region, with the periods used', async () => {
    const body = (await (await fetch(`${base}/api/indices`)).json()) as {
      fit: { r2: number; n: number };
      periods: { activity: Record<string, string> };
      regions: { iso: string; activity: number | null; potential: number | null; gap: number | null }[];
    };
    expect(body.regions).toHaveLength(89);
    expect(body.periods.activity.trade_turnover_mln_usd).toBe('2021');
    expect(body.fit.n).toBeGreaterThan(70);
    // Regions are ordered by activity; the gap needs both indices.
    const a = body.regions.map((r) => r.activity).filter((v): v is number => v !== null);
    expect(a).toEqual([...a].sort((x, y) => y - x));
    for (const r of body.regions) if (r.activity === null || r.potential === null) expect(r.gap).toBeNull();
  });
  it('an unknown index is a 400 naming the parameter', async () => {
    const res = await fetch(`${base}/api/index/audit?index=influence`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/index/);
  });
});
