import { describe, expect, it } from 'vitest';
import { useApiServer } from '../helpers/api-server.js';
import { INDICATOR_CATALOGUE } from '../../src/catalogue/indicator-catalogue.js';

const api = useApiServer();

const get = async (path: string) => {
  const res = await fetch(api.base + path);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('HTTP API over real HTTP on 127.0.0.1', () => {
  it('/api/health', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', regions: 89 });
  });

  it('/api/regions states its universe; ?universe=iso gives the 83 ISO subjects', async () => {
    const all = await get('/api/regions');
    expect(all.body.regions).toHaveLength(89);
    expect(all.body.universe_label.en).toMatch(/All 89/);
    const iso = await get('/api/regions?universe=iso');
    expect(iso.body.regions).toHaveLength(83);
    expect(iso.body.regions.every((r: { status: string }) => r.status === 'iso_3166_2_ru')).toBe(true);
  });

  it('/api/regions/:code gives the profile with sources; unknown → 404 with an error body', async () => {
    const ok = await get('/api/regions/RU-PSK');
    expect(ok.status).toBe(200);
    expect(ok.body.ties.border.map((t: { country_iso2: string }) => t.country_iso2).sort()).toEqual([
      'BY',
      'EE',
      'LV',
    ]);
    for (const t of ok.body.ties.border) expect(t.source.id).toBe('derived');
    const missing = await get('/api/regions/RU-XX');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'Not Found', details: { region: 'RU-XX' } });
    expect(missing.body.message).toMatch(/unknown region/);
  });

  it('indicators and the observations of a profile carry their unit in both languages from the catalogue (issue 13)', async () => {
    const byId = new Map(INDICATOR_CATALOGUE.map((e) => [e.id, e]));
    const { body } = await get('/api/indicators');
    const listed = body.indicators as { id: string; unit_en: string; unit_ru: string | null }[];
    expect(listed.length).toBeGreaterThan(10);
    for (const i of listed) {
      const e = byId.get(i.id);
      if (e) expect([i.id, i.unit_en, i.unit_ru]).toEqual([e.id, e.unit_en, e.unit_ru]);
    }
    const profile = await get('/api/regions/RU-PSK');
    const obs = profile.body.observations as { indicator_id: string; unit_en: string; unit_ru: string }[];
    expect(obs.length).toBeGreaterThan(0);
    for (const o of obs) expect(o.unit_ru).toBe(byId.get(o.indicator_id)?.unit_ru);
    // A land border's length: a unit of the bundled data, in Russian too.
    expect(profile.body.ties.border.map((t: { unit_ru: string }) => t.unit_ru)).toEqual(['км', 'км', 'км']);
  });

  it('bad parameters → 400 naming the parameter', async () => {
    const bad = await get('/api/regions?universe=mars');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: 'Bad Request',
      details: { parameter: 'universe', allowed: ['all', 'iso'] },
    });
    expect(bad.body.message).toMatch(/universe/);
  });

  it('/api/countries/:iso2/ties lists the regions with ties to Finland; unknown country → 404', async () => {
    const fi = await get('/api/countries/FI/ties');
    expect(fi.status).toBe(200);
    const isos = fi.body.regions.map((r: { iso: string }) => r.iso);
    for (const iso of ['RU-KR', 'RU-LEN', 'RU-SPE', 'RU-MUR']) expect(isos).toContain(iso);
    expect(fi.body.federal.length).toBeGreaterThan(0);
    expect((await get('/api/countries/QQ/ties')).status).toBe(404);
  });

  it('/api/sources and /api/indicators', async () => {
    const src = await get('/api/sources');
    expect(src.body.sources.map((s: { id: string }) => s.id)).toContain('twinning-wikipedia');
    const ind = await get('/api/indicators');
    expect(ind.body.indicators.find((i: { id: string }) => i.id === 'twin_pairs').coverage).toBe(83);
  });

  it('/api/classification gives every region a class with explanations in both languages', async () => {
    const c = await get('/api/classification?universe=iso');
    expect(c.status).toBe(200);
    expect(c.body.regions).toHaveLength(83);
    const kr = c.body.regions.find((r: { unit: string }) => r.unit === 'RU-KR');
    expect(kr.explanation.en).toMatch(/Republic of Karelia is/);
    expect(kr.explanation.ru).toMatch(/Карелия/);
    const one = await get('/api/classification/RU-TA');
    expect(one.body.unit).toBe('RU-TA');
    expect((await get('/api/classification/RU-XX')).status).toBe(404);
  });

  it('unknown routes answer 404 in the same error shape', async () => {
    const r = await get('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ error: 'Not Found' });
  });
});

describe('crisis, frameworks and network endpoints', () => {
  it('/api/crisis/FI ranks the regions with capacity, bands and reasons', async () => {
    const r = await get('/api/crisis/FI');
    expect(r.status).toBe(200);
    const ranked = r.body.rows.filter((x: { nc: number | null }) => x.nc !== null);
    // Regions with insufficient data (no tie source lists them, or disputed entities) are not ranked.
    expect(ranked.length).toBeGreaterThan(70);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].nc).toBeGreaterThanOrEqual(ranked[i].nc);
    const top = ranked[0];
    expect(top.channels.length).toBeGreaterThan(0);
    expect(top.channels[0].ties[0].source_id).toBeTruthy();
    expect(top.framework.legalSteps.length).toBeGreaterThan(0);
    expect(top.framework.reason.en).toMatch(/\.$/);
    expect(top.channels[0]).toMatchObject({ basis: expect.any(String), strength: expect.any(Number) });
    expect(r.body.federal_context.embassies[0].region).toBe('RU-MOW');
    // Entities the tie sources do not cover keep a null capacity and say why.
    const uncovered = r.body.rows.find((x: { nc: number | null }) => x.nc === null);
    expect(uncovered.coverage_note.en).toMatch(/not cover/);
    const eu = await get('/api/crisis/FI?scenario=eu-freeze-2022');
    expect(eu.body.openness).toBe(0.2);
    const kr = eu.body.rows.find((x: { region: string }) => x.region === 'RU-KR');
    expect(kr.baselineNc).toBeGreaterThan(kr.nc);
    expect(kr.change).toBeCloseTo(kr.nc - kr.baselineNc, 9);
    // The country's evidence and the scenario's Russian name travel with the answer.
    expect(r.body.evidence.thin).toBe(false);
    expect(r.body.scenario_label.ru).toBe('Типовой кризис (по умолчанию)');
    const uz = await get('/api/crisis/UZ');
    expect(uz.body.evidence).toMatchObject({ thin: true, thinBelow: 5 });
    expect(uz.body.evidence.observedTies).toBeLessThan(5);
    expect(uz.body.evidence.note.ru).toMatch(/^Мало данных/);
    expect((await get('/api/crisis/FI?scenario=../etc')).status).toBe(400);
    expect((await get('/api/crisis/QQ')).status).toBe(404);
  });

  it('/api/frameworks and /api/network', async () => {
    const f = await get('/api/frameworks?country=FI&region=RU-KR');
    expect(f.body.frameworks).toHaveLength(1);
    expect(['both', 'culture_image', 'political_plus', 'neither']).toContain(
      f.body.frameworks[0].recommendation,
    );
    expect((await get('/api/frameworks')).status).toBe(400);
    const n = await get('/api/network?type=twinning');
    expect(
      n.body.edges.every((e: { types: Record<string, number> }) =>
        Object.keys(e.types).every((t) => t === 'twinning'),
      ),
    ).toBe(true);
    expect(n.body.metrics.communities.count).toBeGreaterThan(0);
  });
});
