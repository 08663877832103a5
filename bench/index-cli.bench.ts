import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli } from './built-cli.js';
import { writeSyntheticCoinr } from './index-cli/synthetic-coinr.js';
import { SCALING_SPEC } from './scaling/synthetic-input.js';
import { measured } from './targets.js';

/** Issue #14: `index build` at 1M units × 50 completes within this peak resident memory. */
const PEAK_GIB = 3;

/**
 * `paradip index build` on SYNTHETIC COINr tables (N units × 50 indicators, CSV in, CSV out), in its own process as
 * a user runs it: wall time and peak resident memory (from /usr/bin/time). 100k units by default; 1M (a 500 MB input
 * file, about a minute) only with PARADIP_BENCH_1M=1.
 */
export function benchIndexCli(): [string, string][] {
  const sizes = process.env.PARADIP_BENCH_1M === '1' ? [100000, 1000000] : [100000];
  const { entry } = builtCli();
  const dir = mkdtempSync(join(tmpdir(), 'paradip-bench-index-'));
  const rows: [string, string][] = [
    ['load average (1 min) at start, 2 cores shared', loadavg()[0]!.toFixed(1)],
  ];
  try {
    const spec = join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify(SCALING_SPEC));
    for (const n of sizes) {
      const { data, meta } = writeSyntheticCoinr(dir, n);
      const out = join(dir, `out-${n}.csv`);
      const timeFile = join(dir, 'time.txt');
      const args = [...entry, 'index', 'build', '--coinr-data', data, '--coinr-meta', meta];
      const t = performance.now();
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M', '-o', timeFile, process.execPath, ...args, '--spec', spec, '--out', out],
        { encoding: 'utf8' },
      );
      const seconds = (performance.now() - t) / 1000;
      const peakGiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 / 1024;
      const label = `index build, ${n.toLocaleString('en')} units × 50 (synthetic, ${(statSync(data).size / 1e6).toFixed(0)} MB CSV in)`;
      if (r.status !== 0) {
        rows.push([
          label,
          `FAILED after ${seconds.toFixed(1)} s, peak RSS ${peakGiB.toFixed(2)} GiB: ${r.stderr.trim().split('\n').pop()}`,
        ]);
        if (n === 1000000) measured('cli1m', `failed after ${seconds.toFixed(0)} s`, false);
        continue;
      }
      rows.push([
        label,
        `${seconds.toFixed(1)} s, peak RSS ${peakGiB.toFixed(2)} GiB, ${(statSync(out).size / 1e6).toFixed(0)} MB CSV out`,
      ]);
      if (n === 1000000)
        measured('cli1m', `${seconds.toFixed(0)} s, peak RSS ${peakGiB.toFixed(2)} GiB`, peakGiB <= PEAK_GIB);
      rmSync(data);
      rmSync(out);
    }
    if (sizes.length === 1)
      rows.push(['index build, 1,000,000 units × 50 (synthetic)', 'skipped: set PARADIP_BENCH_1M=1']);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
