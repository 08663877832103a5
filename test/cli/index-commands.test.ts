import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { csvObjects } from '../../src/io/csv.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/store.js';

const db = () => ['--db', inject('baseStore')];

describe('paradip index on the bundled regional data', () => {
  it('`index build` writes the aggregated table with every indicator, pillar and the index', async () => {
    const r = await cli([...db(), 'index', 'build']);
    expect(r.code, r.err).toBe(0);
    const rows = csvObjects(r.out);
    expect(rows).toHaveLength(89);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'uCode',
        'trade_turnover_mln_usd',
        'own_ties',
        'economic',
        'people',
        'reach',
        'index',
      ]),
    );
    // Missing stays missing: the four entities absent from the yearbook and the tie lists have no index value.
    for (const iso of ['UA-09', 'UA-14', 'UA-23', 'UA-65'])
      expect(rows.find((x) => x.uCode === iso)!.index).toBe('');
    // The output says which index and which periods it was built from.
    expect(r.err).toMatch(/International activity index, all universe; periods: trade_turnover_mln_usd 2021/);
    // Scores are on the normalised scale.
    for (const x of rows.filter((x) => x.index !== '')) expect(Number(x.index)).toBeGreaterThanOrEqual(0);
  });

  it('`index build --universe iso --step Normalised --out file.json` writes the step with its spec', async () => {
    const out = join(tempDir(), 'n.json');
    const r = await cli([
      ...db(),
      'index',
      'build',
      '--universe',
      'iso',
      '--step',
      'Normalised',
      '--out',
      out,
    ]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.rows).toHaveLength(84);
    expect(json.spec.treat.method).toBe('winsorise');
  });

  it('a custom YAML spec changes the result; a bad spec is rejected with the field named', async () => {
    const dir = tempDir();
    const yaml = join(dir, 'spec.yaml');
    writeFileSync(yaml, 'normalise:\n  method: rank\naggregate:\n  method: arithmetic\n');
    const ranked = csvObjects(
      (await cli([...db(), 'index', 'build', '--spec', yaml, '--step', 'Normalised'])).out,
    );
    const maxRank = Math.max(...ranked.map((x) => Number(x.consular_posts)).filter(Number.isFinite));
    expect(maxRank).toBeLessThanOrEqual(83);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ normalise: { method: 'softmax' } }));
    const r = await cli([...db(), 'index', 'build', '--spec', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json: invalid index spec[\s\S]*normalise\.method/);
  });

  it('`index audit` reports flags, consistency and correlations', async () => {
    const r = await cli([...db(), 'index', 'audit', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.stats.map((s: { code: string }) => s.code)).toContain('own_ties');
    expect(a.groups.map((g: { group: string }) => g.group)).toEqual(['economic', 'people', 'reach', 'index']);
    const p = JSON.parse(
      (await cli([...db(), 'index', 'audit', '--index', 'potential', '--format', 'json'])).out,
    );
    expect(p.groups.map((g: { group: string }) => g.group)).toEqual([
      'culture',
      'knowledge',
      'attraction',
      'economy',
      'geography',
      'index',
    ]);
    const bad = await cli([...db(), 'index', 'audit', '--index', 'influence']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--index: unknown index "influence": expected activity or potential/);
    const table = await cli([...db(), 'index', 'audit']);
    expect(table.out).toMatch(/cronbach_alpha/);
  });

  it('`index uncertainty` is reproducible for a seed and reports Sobol indices', async () => {
    const args = [
      ...db(),
      'index',
      'uncertainty',
      '--runs',
      '60',
      '--seed',
      '5',
      '--sobol',
      '20',
      '--bootstrap',
      '20',
      '--format',
      'json',
    ];
    const a = JSON.parse((await cli(args)).out);
    const b = JSON.parse((await cli(args)).out);
    expect(a).toEqual(b);
    // The nominal rank 1 is the unit with the highest index in `index build`.
    const built = csvObjects((await cli([...db(), 'index', 'build'])).out).filter((x) => x.index !== '');
    const best = built.reduce((m, x) => (Number(x.index) > Number(m.index) ? x : m));
    expect(a.uncertainty.units.find((u: { nominal: number }) => u.nominal === 1).unit).toBe(best.uCode);
    expect(a.sensitivity.factors.map((f: { name: string }) => f.name)).toContain('aggregation');
    expect(a.sensitivity.runs).toBe(20 * 7);
    expect((await cli([...db(), 'index', 'uncertainty', '--runs', 'many'])).code).toBe(2);
  });
});

describe('paradip crisis, frameworks, network, scenario', () => {
  it('`crisis --country FI` ranks all regions with capacity and bands; reasons trace to ties with sources', async () => {
    const r = await cli([...db(), 'crisis', '--country', 'FI', '--runs', '20', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.rows).toHaveLength(89);
    const first = a.rows[0];
    // The leading region has a tie with Finland, each traced to a stored tie and its source.
    const tieIds = new Set(
      first.channels.flatMap((c: { ties: { id: string }[] }) => c.ties.map((t) => t.id)),
    );
    expect(tieIds.size).toBeGreaterThan(0);
    for (const c of first.channels) for (const t of c.ties) expect(t.source_ref).toBeTruthy();
    const again = JSON.parse(
      (await cli([...db(), 'crisis', '--country', 'FI', '--runs', '20', '--format', 'json'])).out,
    );
    expect(again).toEqual(a);
  });

  it('`crisis` tables: a Russian heading that needs no declension, the scenario in Russian, the thin-evidence warning', async () => {
    const mn = await cli([
      ...db(),
      'crisis',
      '--country',
      'MN',
      '--runs',
      '10',
      '--top',
      '3',
      '--lang',
      'ru',
    ]);
    expect(mn.code, mn.err).toBe(0);
    expect(mn.out).toMatch(/^Потенциал нормализации отношений — страна-партнёр: Монголия \(MN\)\n/);
    expect(mn.out).toMatch(/\nСценарий: Типовой кризис \(по умолчанию\);/);
    expect(mn.out).not.toMatch(/Generic crisis|Мало данных/);
    // Russian counts agree with their number (3 связи, not "3 связей").
    expect(mn.out).toMatch(/Города-побратимы: 3 связи,/);
    const uz = await cli([...db(), 'crisis', '--country', 'UZ', '--runs', '10', '--top', '3']);
    expect(uz.out).toMatch(
      /\n⚠ Thin evidence: \d observed ties? with this country in all regions \(threshold 5\)\./,
    );
    expect(uz.out).toMatch(
      /\nObserved and geometric evidence in all regions: Twin towns: \d \(regions: \d\)\n/,
    );
  });

  it('`frameworks RU-KR` and `network export`, `scenario run`', async () => {
    const f = await cli([...db(), 'frameworks', 'RU-KR', '--runs', '10']);
    expect(f.code, f.err).toBe(0);
    expect(f.out).toMatch(/FI/);
    const dir = tempDir();
    for (const format of ['gexf', 'graphml', 'csv']) {
      const out = join(dir, `net.${format}`);
      expect((await cli([...db(), 'network', 'export', '--format', format, '--out', out])).code).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(1000);
    }
    expect((await cli([...db(), 'network', 'export', '--format', 'dot'])).code).toBe(2);
    const sc = await cli([
      ...db(),
      'scenario',
      'run',
      join('config', 'scenarios', 'eu-freeze-2022.yaml'),
      '--runs',
      '10',
      '--format',
      'json',
    ]);
    expect(sc.code, sc.err).toBe(0);
    const res = JSON.parse(sc.out);
    expect(res.partners).toHaveLength(27);
    // The region that loses most is one with ties to the frozen countries (counted from the store).
    const { loadSnapshot } = await import('../../src/store/load-snapshot.js');
    const s = await loadSnapshot(inject('baseStore'));
    const loser = res.regions[0].region;
    const frozen = new Set(res.scenario.countries);
    expect(
      s.ties.filter((t) => t.region_iso === loser && t.country_iso2 && frozen.has(t.country_iso2)).length,
    ).toBeGreaterThan(0);
    expect(res.regions[0].change).toBeLessThan(0);
  });
});
