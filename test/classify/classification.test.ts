import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { adjustedRand } from '../../src/classify/check/adjusted-rand.js';
import { jenks } from '../../src/classify/check/jenks.js';
import { kmeans } from '../../src/classify/check/kmeans.js';
import { silhouette } from '../../src/classify/check/silhouette.js';
import { ward } from '../../src/classify/check/ward.js';
import { INSUFFICIENT } from '../../src/classify/classify.js';
import { withoutSource } from '../../src/classify/data-replicates.js';
import { classifyRegions, type RegionalClassification } from '../../src/classify/regional-classification.js';
import { readDesignFile, readTypologyFile } from '../../src/config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../src/config/read-spec.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/store.js';

let s: Snapshot;
let result: RegionalClassification;
const typology = readTypologyFile();
const spec = readSpecFile(DEFAULT_SPEC_PATH());
const design = readDesignFile();

beforeAll(async () => {
  s = await loadSnapshot(inject('baseStore'));
  result = classifyRegions(s, 'all', spec, typology, design, { runs: 100, seed: 1, bootstrap: 30 });
});

describe('classification with the default typology', () => {
  it('gives every region of the universe exactly one class and probabilities summing to 1', () => {
    expect(result.regions).toHaveLength(89);
    expect(new Set(result.regions.map((r) => r.unit)).size).toBe(89);
    const ids = new Set([...typology.classes.map((c) => c.id), INSUFFICIENT]);
    for (const r of result.regions) {
      expect(ids.has(r.class), r.unit).toBe(true);
      expect(Object.values(r.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    const iso = classifyRegions(s, 'iso', spec, typology, design, { runs: 20, seed: 1, bootstrap: 5 });
    expect(iso.regions).toHaveLength(83);
  });

  it('is deterministic for the same inputs and seed', () => {
    const again = classifyRegions(s, 'all', spec, typology, design, { runs: 100, seed: 1, bootstrap: 30 });
    expect(again.regions).toEqual(result.regions);
  });

  it('puts Moscow and St Petersburg in the highest class because their axes clear the highest rule', () => {
    const top = typology.classes[0]!;
    for (const iso of ['RU-MOW', 'RU-SPE']) {
      const r = result.regions.find((x) => x.unit === iso)!;
      expect(r.class, iso).toBe(top.id);
      // Why, from the data: every condition of the top rule holds with a positive margin.
      expect(r.own.length).toBeGreaterThan(0);
      for (const c of r.own) expect(c.met && c.margin! >= 0, `${iso} ${c.variable}`).toBe(true);
      // And they are among the five highest regions on every axis.
      for (const [axis, v] of Object.entries(r.axes)) {
        const higher = result.regions.filter((x) => (x.axes[axis] ?? -Infinity) > v!).length;
        expect(higher, `${iso} ${axis}`).toBeLessThan(5);
      }
    }
  });

  it('shows a region whose tie sources hold no entry for it as insufficient data, with its coverage, never low', () => {
    // Counted independently from the store: regions with no twinning, mission or imported tie at all.
    const sampled = (t: (typeof s.ties)[number]) =>
      t.region_iso !== null && t.source_id !== 'derived' && t.type !== 'ru_mission_abroad';
    const absent = s.regions
      .filter((r) => r.status === 'iso_3166_2_ru')
      .filter((r) => !s.ties.some((t) => t.region_iso === r.iso && sampled(t)))
      .map((r) => r.iso);
    expect(absent).toEqual(expect.arrayContaining(['RU-KIR', 'RU-YAN']));
    for (const iso of absent) {
      const r = result.regions.find((x) => x.unit === iso)!;
      expect(r.class, iso).toBe(INSUFFICIENT);
      expect(r.coverage.covered).toBe(0);
      expect(Object.keys(r.coverage.sources)).toEqual(
        expect.arrayContaining(['twinning-wikipedia', 'diplomatic-missions-wikidata']),
      );
      expect(Object.values(r.coverage.sources).every((n) => n === 0)).toBe(true);
    }
    // And a region with entries is classified, whatever its activity.
    expect(result.regions.find((x) => x.unit === 'RU-TA')!.class).not.toBe(INSUFFICIENT);
  });

  it('does not classify the disputed entities, which lack axis scores or tie-source entries (missing is not passive)', () => {
    for (const r of result.regions.filter((x) => x.unit.startsWith('UA-'))) {
      expect(r.class).toBe(INSUFFICIENT);
      // No score on an axis, or no entry in any tie source (Crimea has Rosstat figures but no listed ties).
      expect(r.coverage.axes_missing.length > 0 || r.coverage.covered === 0, r.unit).toBe(true);
    }
  });

  it('class probabilities move when the data are resampled, not only the methods', () => {
    const classified = result.regions.filter((r) => r.class !== INSUFFICIENT);
    const moved = classified.filter((r) => Math.max(...Object.values(r.probabilities_by.bootstrap!)) < 1);
    expect(moved.length).toBeGreaterThan(classified.length / 4);
    expect(result.data_uncertainty.bootstrap_runs).toBe(30);
    expect(result.data_uncertainty.leave_one_out.sources).toEqual(
      expect.arrayContaining(['twinning-wikipedia', 'diplomatic-missions-wikidata']),
    );
    // Without the data families, the probabilities are the method shares alone.
    const methodOnly = classifyRegions(s, 'all', spec, typology, design, {
      runs: 40,
      seed: 1,
      bootstrap: 0,
      leaveOneOut: false,
    });
    for (const r of methodOnly.regions) expect(r.probabilities).toEqual(r.probabilities_by.method);
  });

  it('leaves out each Rosstat table separately, and the probabilities move when one table is left out', () => {
    const tables = result.data_uncertainty.leave_one_out.sources.filter((x) =>
      x.startsWith('ru-rosstat-yearbook t. '),
    );
    // The yearbook tables the two indices read (docs/indicators.md): trade 25.4, GRP 12.19/12.22, students 7.2,
    // heritage 9.14, tourism 10.15, R&D 22.33, internet use 21.15/21.17 — never the yearbook as one block.
    expect(tables).toEqual(
      expect.arrayContaining([
        'ru-rosstat-yearbook t. 25.4',
        'ru-rosstat-yearbook t. 12.19/12.22',
        'ru-rosstat-yearbook t. 7.2',
        'ru-rosstat-yearbook t. 21.15/21.17',
      ]),
    );
    expect(result.data_uncertainty.leave_one_out.sources).not.toContain('ru-rosstat-yearbook');
    // Without table 7.2 (students) alone, some regions change class — and those regions' leave-one-out share of
    // their own class is below 1.
    const without = classifyRegions(
      withoutSource(s, 'ru-rosstat-yearbook t. 7.2'),
      'all',
      spec,
      typology,
      design,
      {
        runs: 0,
        seed: 1,
        bootstrap: 0,
        leaveOneOut: false,
      },
    );
    const moved = without.regions.filter((r, i) => r.class !== result.regions[i]!.class);
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) {
      const own = result.regions.find((x) => x.unit === r.unit)!;
      expect(own.probabilities_by.leave_one_out![own.class]!, r.unit).toBeLessThan(1);
    }
  });

  it('explains a region in both languages with its nearest thresholds and partners', async () => {
    // Karelia's ties with Finland, counted from the store.
    const fi = s.ties.filter(
      (t) => t.region_iso === 'RU-KR' && t.country_iso2 === 'FI' && t.type !== 'ru_mission_abroad',
    ).length;
    const en = await cli(['--db', inject('baseStore'), 'classify', 'explain', 'RU-KR', '--runs', '20']);
    expect(en.code, en.err).toBe(0);
    expect(en.out).toMatch(/Republic of Karelia is “\w+”/);
    expect(en.out).toContain(`Strongest partners: Finland (${fi})`);
    expect(en.out).toMatch(/Nearest threshold down|To move up/);
    const ru = await cli([
      '--db',
      inject('baseStore'),
      'classify',
      'explain',
      'Карелия',
      '--runs',
      '20',
      '--lang',
      'ru',
    ]);
    expect(ru.out).toContain(`Главные партнёры: Финляндия (${fi})`);
  });

  // A whole typology written here, so that these tests do not depend on the default's classes.
  const FRONTIER = `name: frontier test
axes:
  activity: { name_en: Activity, name_ru: Активность, index: activity, from: [index] }
tags:
  arctic: { regions: [RU-MUR], source: test }
classes:
  - id: frontier
    name_en: Frontier
    name_ru: Пограничье
    rule: border
    justification_en: Has a land border.
    justification_ru: Есть сухопутная граница.
  - id: interior
    name_en: Interior
    name_ru: Внутренние
    rule: true
    justification_en: No land border.
    justification_ru: Нет сухопутной границы.
`;

  it('a custom typology file changes the classes as its rules say', async () => {
    const path = join(tempDir(), 'frontier.yaml');
    writeFileSync(path, FRONTIER);
    const out = await cli([
      '--db',
      inject('baseStore'),
      'classify',
      '--typology',
      path,
      '--runs',
      '10',
      '--bootstrap',
      '5',
      '--universe',
      'iso',
      '--format',
      'json',
    ]);
    expect(out.code, out.err).toBe(0);
    const r = JSON.parse(out.out);
    const cls = (iso: string) => r.regions.find((x: { unit: string }) => x.unit === iso).class;
    expect(cls('RU-PSK')).toBe('frontier');
    expect(cls('RU-TA')).toBe('interior');
    expect(cls('RU-MOW')).toBe('interior');
  });

  it('rejects invalid typology files naming the file and the field', async () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const classifyWith = (name: string, text: string) =>
      cli(['--db', inject('baseStore'), 'classify', '--typology', write(name, text)]);
    const r = await classifyWith('bad.yaml', FRONTIER.replace('rule: border', 'rule: bordr'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml: classes\.0\.rule \(frontier\): unknown variable "bordr"/);
    expect((await classifyWith('last.yaml', FRONTIER.replace('rule: true', 'rule: border'))).err).toMatch(
      /last class must be "true"/,
    );
    expect((await classifyWith('ix.yaml', FRONTIER.replace('index: activity', 'index: fame'))).err).toMatch(
      /ix\.yaml: axes\.activity\.index: unknown index "fame"/,
    );
  });

  it('reports the data-driven check (agreement figure)', () => {
    expect(result.check.jenks.agreement).toBeGreaterThan(0);
    expect(result.check.kmeans.k).toBeGreaterThanOrEqual(2);
    const total = Object.values(result.check.confusion)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(result.regions.filter((r) => r.class !== INSUFFICIENT).length);
  });
});

describe('clustering building blocks (known answers by construction)', () => {
  const pts = [[0], [1], [2], [10], [11], [12], [30], [31]];
  it('k-means, Ward and Jenks recover well-separated groups', () => {
    const truth = [0, 0, 0, 1, 1, 1, 2, 2];
    expect(adjustedRand(kmeans(pts, 3, 1).labels, truth)).toBe(1);
    expect(adjustedRand(ward(pts, 3), truth)).toBe(1);
    expect(
      jenks(
        pts.map((p) => p[0]!),
        3,
      ),
    ).toEqual(truth);
  });
  it('silhouette prefers the true number of groups', () => {
    const s2 = silhouette(pts, kmeans(pts, 2, 1).labels);
    const s3 = silhouette(pts, kmeans(pts, 3, 1).labels);
    expect(s3).toBeGreaterThan(s2);
  });
  it('adjusted Rand: 1 for identical partitions up to relabelling, ~0 for unrelated ones', () => {
    expect(adjustedRand(['a', 'a', 'b', 'b'], [2, 2, 1, 1])).toBe(1);
    expect(adjustedRand(['a', 'b', 'a', 'b'], [1, 1, 2, 2])).toBeLessThan(0.01);
  });
});
