import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { csvObjects } from '../../src/io/csv.js';
import { readTypologyFile } from '../../src/config/config-files.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/store.js';

const db = () => ['--db', inject('baseStore')];

describe('CLI presentation (issue 13, finding 10)', () => {
  it('`--version` prints the version in package.json', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it('`index build` prints a readable table on a terminal, CSV in a pipe or on request', async () => {
    const tty = await cli([...db(), 'index', 'build'], { isTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.out).toMatch(/^Aggregated — 89 units/);
    expect(tty.out).toMatch(/^uCode\s+/m);
    // No 17-digit numbers for people; the table rounds to 3 decimals.
    expect(tty.out).not.toMatch(/\d\.\d{4,}/);
    const pipe = await cli([...db(), 'index', 'build']);
    expect(pipe.out.split('\n')[0]).toMatch(/^uCode,/);
    const csv = await cli([...db(), 'index', 'build', '--format', 'csv'], { isTTY: true });
    expect(csv.out.split('\n')[0]).toMatch(/^uCode,/);
  });

  it('`--out` decides the format; a --format that disagrees is refused and nothing is written', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'x.xlsx');
    const bad = await cli([...db(), 'export', 'regions', '--format', 'csv', '--out', xlsx]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--out .*x\.xlsx names a \.xlsx file but --format is csv/);
    expect(existsSync(xlsx)).toBe(false);
    const json = join(dir, 'regions.json');
    expect((await cli([...db(), 'export', 'regions', '--out', json])).code).toBe(0);
    expect(() => JSON.parse(readFileSync(json, 'utf8'))).not.toThrow();
    const unknown = await cli([...db(), 'export', 'regions', '--out', join(dir, 'x.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/cannot tell the format/);
    const idx = join(dir, 'index.csv');
    const mismatch = await cli([...db(), 'index', 'build', '--format', 'json', '--out', idx]);
    expect(mismatch.code).toBe(2);
    expect(existsSync(idx)).toBe(false);
  });

  it('one set of class names: classify and the crisis report name classes as the typology does, in both languages', async () => {
    const typology = readTypologyFile();
    for (const lang of ['en', 'ru'] as const) {
      const names = new Set(typology.classes.map((c) => (lang === 'ru' ? c.name_ru : c.name_en)));
      names.add(lang === 'ru' ? 'недостаточно данных' : 'insufficient data');
      const rows = csvObjects((await cli([...db(), 'classify', '--format', 'csv', '--lang', lang])).out);
      expect(rows).toHaveLength(89);
      for (const r of rows) expect(names, r.class).toContain(r.class);
    }
    const out = join(tempDir(), 'fi.html');
    expect(
      (await cli([...db(), 'report', 'crisis', '--country', 'FI', '--lang', 'ru', '--out', out])).code,
    ).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const c of typology.classes) expect(html).not.toMatch(new RegExp(`<td>${c.id}</td>`));
    expect(html).not.toMatch(/<td>[a-z]+_[a-z_]+\b/);
  });

  it('one Monte Carlo configuration: `classify explain` and the region report give the same probabilities and say how many runs', async () => {
    const explain = await cli([...db(), 'classify', 'explain', 'RU-KR']);
    expect(explain.code).toBe(0);
    const line = explain.out.split('\n').find((l) => l.startsWith('Class probabilities'))!;
    expect(line).toMatch(/\(500 Monte Carlo runs, seed 1\): /);
    const out = join(tempDir(), 'karelia.html');
    expect((await cli([...db(), 'report', 'region', 'RU-KR', '--out', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8').replace(/&nbsp;/g, ' ');
    expect(html).toContain(line);
  });

  it('`frameworks RU-KR` lists partners by capacity, strongest first, with channel and class names', async () => {
    const rows = csvObjects((await cli([...db(), 'frameworks', 'RU-KR', '--format', 'csv'])).out);
    expect(rows.length).toBeGreaterThan(2);
    const nc = rows.map((r) => Number(r.nc));
    expect(nc).toEqual([...nc].sort((a, b) => b - a));
    expect(rows[0]!.country).toBe('FI');
    const crisis = await cli([...db(), 'crisis', '--country', 'FI']);
    expect(crisis.out).toMatch(/Land border/);
    expect(crisis.out).not.toMatch(/\bforeign_mission\b/);
    // The top region's channels in Russian carry Russian units; a small modelled intensity is not printed as 0.
    const ru = await cli([...db(), 'crisis', '--country', 'BY', '--lang', 'ru']);
    const why = ru.out.slice(ru.out.indexOf('Почему первый'));
    expect(why).toMatch(/Города-побратимы: \d+ связей/);
    expect(why).toMatch(/Сухопутная граница: [\d.]+ км/);
    expect(why).not.toMatch(/ ties,| km,| USD per /);
    const am = await cli([...db(), 'crisis', '--country', 'AM']);
    expect(am.out).not.toMatch(/\(modelled\): 0 USD/);
  });

  it('"did you mean" for regions, countries and commands', async () => {
    const region = await cli([...db(), 'region', 'Tatarstn']);
    expect(region.code).toBe(1);
    expect(region.err).toMatch(/Did you mean Tatarstan \(RU-TA\)\?/);
    const country = await cli([...db(), 'ties', '--country', 'Finlnd']);
    expect(country.err).toMatch(/Did you mean Finland \(FI\)\?/);
    const ru = await cli([...db(), 'ties', '--country', 'Германя']);
    expect(ru.err).toMatch(/Did you mean Germany \(DE\)\?/);
    const command = await cli([...db(), 'regoin', 'RU-TA']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/Did you mean region\?/);
  });

  it('messages for a user’s mistakes name no internal function', async () => {
    const internal = /\b[a-z]+[A-Z][A-Za-z]*: /;
    const cases = [
      ['export', 'crisis'],
      ['export', 'nothing'],
      ['export', 'ties', '--format', 'geojson'],
      ['region', 'Tatarstn'],
      ['ties', '--country', 'Atlantis'],
      ['classify', 'explain', 'Gondor'],
    ];
    for (const args of cases) {
      const r = await cli([...db(), ...args]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err, args.join(' ')).not.toMatch(internal);
    }
    const store = await cli(['--db', join(tempDir(), 'not-a-store.duckdb'), 'db', 'info']);
    expect(store.err).not.toMatch(internal);
  });
});
