import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { adjustedRand } from '../../src/classify/check/adjusted-rand.js';
import { jenks } from '../../src/classify/check/jenks.js';
import { kmeans } from '../../src/classify/check/kmeans.js';
import { silhouette } from '../../src/classify/check/silhouette.js';
import { ward } from '../../src/classify/check/ward.js';
import { classifyRegions, type RegionalClassification } from '../../src/classify/regional-classification.js';
import { readDesignFile, readTypologyFile } from '../../src/config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../src/config/read-spec.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
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
  result = classifyRegions(s, 'all', spec, typology, design, { runs: 100, seed: 1 });
});

describe('classification with the default typology', () => {
  it('gives every region of the universe exactly one class and probabilities summing to 1', () => {
    expect(result.regions).toHaveLength(89);
    expect(new Set(result.regions.map((r) => r.unit)).size).toBe(89);
    const ids = new Set([...typology.classes.map((c) => c.id), 'no_data']);
    for (const r of result.regions) {
      expect(ids.has(r.class), r.unit).toBe(true);
      expect(Object.values(r.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    const iso = classifyRegions(s, 'iso', spec, typology, design, { runs: 20, seed: 1 });
    expect(iso.regions).toHaveLength(83);
  });

  it('is deterministic for the same inputs and seed', () => {
    const again = classifyRegions(s, 'all', spec, typology, design, { runs: 100, seed: 1 });
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
      // And they are the broadest regions: highest breadth of all.
      const maxBreadth = Math.max(...result.regions.map((x) => x.axes.breadth ?? -1));
      expect(r.axes.breadth!).toBeGreaterThan(maxBreadth - 1);
    }
  });

  it('puts a region with no recorded ties at all in the lowest class', () => {
    const bottom = typology.classes[typology.classes.length - 1]!.id;
    const regional = new Set(['twinning', 'foreign_mission', 'border']);
    const tieless = s.regions
      .filter((r) => r.status === 'iso_3166_2_ru')
      .filter((r) => !s.ties.some((t) => t.region_iso === r.iso && regional.has(t.type)))
      .map((r) => r.iso);
    expect(tieless.length).toBeGreaterThan(0);
    for (const iso of tieless) expect(result.regions.find((x) => x.unit === iso)!.class, iso).toBe(bottom);
  });

  it('does not classify regions without data on every axis (missing is not passive)', () => {
    for (const r of result.regions.filter((x) => x.unit.startsWith('UA-'))) expect(r.class).toBe('no_data');
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

  it('a custom typology file changes the classes as its rules say', async () => {
    const dir = tempDir();
    const text = readFileSync(join(packageRoot(), 'config', 'typology.default.yaml'), 'utf8');
    // Two classes: border regions ("frontier") and the rest.
    const custom = text.replace(
      /classes:[\s\S]*?unstable_below/,
      `classes:
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
unstable_below`,
    );
    const path = join(dir, 'frontier.yaml');
    writeFileSync(path, custom);
    const r = JSON.parse(
      (
        await cli([
          '--db',
          inject('baseStore'),
          'classify',
          '--typology',
          path,
          '--runs',
          '10',
          '--universe',
          'iso',
          '--format',
          'json',
        ])
      ).out,
    );
    const cls = (iso: string) => r.regions.find((x: { unit: string }) => x.unit === iso).class;
    expect(cls('RU-PSK')).toBe('frontier');
    expect(cls('RU-TA')).toBe('interior');
    expect(cls('RU-MOW')).toBe('interior');
  });

  it('rejects invalid typology files naming the file and the field', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync(join(packageRoot(), 'config', 'typology.default.yaml'), 'utf8').replace(
        'rule: ties_total >= 1',
        'rule: tiez >= 1',
      ),
    );
    const r = await cli(['--db', inject('baseStore'), 'classify', '--typology', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml: classes\.3\.rule \(low\): unknown variable "tiez"/);
    const last = join(dir, 'last.yaml');
    writeFileSync(
      last,
      readFileSync(join(packageRoot(), 'config', 'typology.default.yaml'), 'utf8').replace(
        /rule: true/,
        'rule: ties_total >= 0',
      ),
    );
    expect((await cli(['--db', inject('baseStore'), 'classify', '--typology', last])).err).toMatch(
      /last class must be "true"/,
    );
  });

  it('reports the data-driven check (agreement figure)', () => {
    expect(result.check.jenks.agreement).toBeGreaterThan(0);
    expect(result.check.kmeans.k).toBeGreaterThanOrEqual(2);
    const total = Object.values(result.check.confusion)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(result.regions.filter((r) => r.class !== 'no_data').length);
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
