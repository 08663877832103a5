import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { packageRoot } from '../src/dataset/data-dir.js';
import { buildStore } from '../src/store/build-store.js';

/**
 * HTTP load on loopback (bounded: 5 s per endpoint, 10 connections): the server runs in its own process, the
 * load generator here. Targets (issue #14): start → first health < 0.5 s; with gzip accepted /api/regions ≥ 12,000,
 * /api/crisis/FI ≥ 8,000, /api/classification ≥ 2,500 requests/s, p99 < 10 ms, on this 2-core machine.
 */
export async function benchHttp(): Promise<[string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), 'paradip-http-'));
  const db = join(dir, 'bench.duckdb');
  await buildStore(db);
  // The built CLI when there is one (what `npm start` runs), else the sources through tsx (slower to start).
  const built = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const entry = existsSync(built)
    ? [built]
    : ['--import', 'tsx', join(packageRoot(), 'src', 'cli', 'main.ts')];
  const how = existsSync(built) ? 'dist/, run `npm run build` first for current code' : 'sources via tsx';
  const rows: [string, string][] = [];
  const starts: number[] = [];
  // Start → first 200 from /api/health, three times (the first start also computes nothing: results are lazy).
  for (let i = 0; i < 3; i++) {
    const port = 18000 + Math.floor(Math.random() * 1000);
    const t = performance.now();
    const server = spawn(process.execPath, [...entry, '--db', db, 'serve', '--port', String(port)], {
      stdio: 'ignore',
    });
    try {
      await untilHealthy(port, server);
      starts.push(performance.now() - t);
      if (i < 2) continue;
      for (const path of ['/api/regions', '/api/crisis/FI', '/api/classification']) {
        await fetch(`http://127.0.0.1:${port}${path}`); // warm the caches
        const r = await autocannon({
          url: `http://127.0.0.1:${port}${path}`,
          connections: 10,
          duration: 5,
          headers: { 'accept-encoding': 'gzip' },
        });
        rows.push([
          `GET ${path} (gzip accepted, 10 connections, 5 s)`,
          `${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`,
        ]);
      }
    } finally {
      server.kill();
    }
  }
  rmSync(dir, { recursive: true, force: true });
  starts.sort((a, b) => a - b);
  rows.unshift([
    `server start → first /api/health (${how}; median of 3)`,
    `${Math.round(starts[1]!)} ms (target < 500 ms)`,
  ]);
  return rows;
}

async function untilHealthy(port: number, server: ChildProcess): Promise<void> {
  const deadline = performance.now() + 60000;
  while (performance.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`benchHttp: server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('benchHttp: server did not start in 60 s');
}
