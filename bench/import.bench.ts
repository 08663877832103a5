import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStore } from '../src/store/build-store.js';

const REGIONS = [
  'RU-TA',
  'RU-KR',
  'RU-MOW',
  'RU-SPE',
  'RU-NIZ',
  'RU-SVE',
  'RU-KDA',
  'RU-NVS',
  'RU-BA',
  'RU-ROS',
];

/** SYNTHETIC benchmark data (not real figures): a long-layout CSV of about `mb` megabytes. */
async function syntheticLongCsv(path: string, mb: number): Promise<number> {
  const out = createWriteStream(path);
  out.write('region;indicator;period;value\n');
  let rows = 0;
  let bytes = 0;
  for (let day = 0; bytes < mb * 1e6; day++) {
    // A distinct day for each row group: 336 days a year (12 months of 28), years from 1000.
    const period = `${1000 + Math.floor(day / 336)}-${String(1 + Math.floor((day % 336) / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
    let chunk = '';
    for (const r of REGIONS) chunk += `${r};synthetic_bench;${period};${(day * 7 + rows) % 1000},5\n`;
    rows += REGIONS.length;
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return rows;
}

/**
 * Import rate and peak memory of `paradip import observations` on a SYNTHETIC long-layout CSV, in a process of its
 * own (its peak resident memory is the figure). PARADIP_BENCH_IMPORT_MB sets the size (default 20; the target is
 * stated for 200).
 */
export async function benchImport(): Promise<[string, string][]> {
  const mb = Number(process.env.PARADIP_BENCH_IMPORT_MB ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'paradip-bench-import-'));
  try {
    const store = join(dir, 'bench.duckdb');
    await buildStore(store);
    const csv = join(dir, 'synthetic.csv');
    const rows = await syntheticLongCsv(csv, mb);
    const script = `
      import { importObservations } from './src/ingest/import-observations.ts';
      const t = performance.now();
      const r = await importObservations(${JSON.stringify(store)}, ${JSON.stringify(csv)}, { source: 'synthetic bench', newIndicators: true });
      const u = process.resourceUsage();
      console.log(JSON.stringify({ ms: performance.now() - t, inserted: r.inserted, maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await new Promise((r) => child.on('close', r));
    const m = JSON.parse(out.trim().split('\n').pop()!) as {
      ms: number;
      inserted: number;
      maxRssKb: number;
      cpuMs: number;
    };
    return [
      [
        'synthetic long-layout CSV',
        `${(statSync(csv).size / 1e6).toFixed(0)} MB, ${rows.toLocaleString('en')} rows`,
      ],
      [
        'import observations',
        `${(m.ms / 1000).toFixed(1)} s, ${Math.round(rows / (m.ms / 1000)).toLocaleString('en')} rows/s (target ≥ 50,000); process CPU ${(m.cpuMs / 1000).toFixed(1)} s, all threads (load ${loadavg()[0]!.toFixed(1)})`,
      ],
      [
        'peak resident memory of the import',
        `${(m.maxRssKb / 1024).toFixed(0)} MB (target ≤ 500 MB for 200 MB)`,
      ],
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
