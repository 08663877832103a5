import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/dataset/data-dir.js';
import { measured } from './targets.js';

interface Point {
  n: number;
  engineMs: number;
  engineCpuMs: number;
  floorMs: number;
  worst: number;
  peakRssMiB: number;
}

/**
 * SYNTHETIC scaling series (data generated in bench/scaling/synthetic-input.ts): N units × 50 indicators → 10
 * pillars → index, the engine against a tight-loop floor computed in the same process and checked to agree to 1e-9.
 * Each size runs in its own process. 1M units only with PARADIP_BENCH_1M=1 (about a minute and 2 GiB).
 */
export function benchScaling(): [string, string][] {
  const sizes: [number, number][] = [
    [100, 41],
    [1000, 21],
    [10000, 7],
    [100000, 3],
  ];
  if (process.env.PARADIP_BENCH_1M === '1') sizes.push([1000000, 1]);
  const points: Point[] = [];
  for (const [n, repeats] of sizes) {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(packageRoot(), 'bench', 'scaling', 'point.ts'), String(n), String(repeats)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (r.status !== 0) throw new Error(`benchScaling: the ${n}-unit point failed:\n${r.stderr}`);
    const p = JSON.parse(r.stdout.trim().split('\n').pop()!) as Point;
    if (!(p.worst <= 1e-9))
      throw new Error(`benchScaling: at ${n} units the engine and the floor differ by ${p.worst}`);
    points.push(p);
  }
  const rows: [string, string][] = points.map((p, i) => {
    const prev = points[i - 1];
    const growth = prev
      ? `, ×${(p.engineMs / prev.engineMs).toFixed(1)} per 10× (CPU ×${(p.engineCpuMs / prev.engineCpuMs).toFixed(1)}; floor ×${(p.floorMs / prev.floorMs).toFixed(1)})${p.n >= 100000 ? ' (target ≤ 11)' : ''}`
      : '';
    return [
      `${p.n.toLocaleString('en')} units × 50 (synthetic)`,
      `${fmt(p.engineMs)} (CPU ${fmt(p.engineCpuMs)}) vs floor ${fmt(p.floorMs)}: ${(p.engineMs / p.floorMs).toFixed(2)}×${p.n === 10000 || p.n === 100000 ? ' (target ≤ 2)' : ''}${growth}; agree to ${p.worst.toExponential(0)}; peak RSS ${Math.round(p.peakRssMiB)} MiB`,
    ];
  });
  const at = (n: number) => points.find((p) => p.n === n);
  const ratios = [at(10000), at(100000)].map((p) => p!.engineMs / p!.floorMs);
  measured(
    'floor',
    ratios.map((r) => `${r.toFixed(2)}×`).join(', '),
    ratios.every((r) => r <= 2),
  );
  const pairs = [
    [at(10000), at(100000)],
    [at(100000), at(1000000)],
  ].flatMap(([a, b]) => (a && b ? [[a, b] as const] : []));
  const growth = pairs.map(([a, b]) => b.engineMs / a.engineMs);
  measured(
    'growth',
    growth.map((g) => `×${g.toFixed(1)}`).join(', ') +
      ` wall (CPU ${pairs.map(([a, b]) => `×${(b.engineCpuMs / a.engineCpuMs).toFixed(1)}`).join(', ')}; ` +
      // Past the caches, memory bandwidth and page faults slow the tight loop too: its own growth is the bound.
      `the floor's own growth ${pairs.map(([a, b]) => `×${(b.floorMs / a.floorMs).toFixed(1)}`).join(', ')})` +
      (growth.length < 2 ? ' (1M not run)' : ''),
    growth.length === 2 && growth.every((g) => g <= 11),
  );
  if (process.env.PARADIP_BENCH_1M !== '1')
    rows.push(['1,000,000 units × 50 (synthetic)', 'skipped: set PARADIP_BENCH_1M=1']);
  return rows;
}

const fmt = (ms: number) => (ms < 1000 ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms` : `${(ms / 1000).toFixed(2)} s`);
