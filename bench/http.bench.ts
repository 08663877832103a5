import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { packageRoot } from '../src/dataset/data-dir.js';
import { buildStore } from '../src/store/build-store.js';

/**
 * HTTP load on loopback (bounded: 5 s per endpoint, 10 connections): the server runs in its own process, the
 * load generator here. Targets in issue #7: ≥ 2,000 requests/s with p99 < 20 ms on this 2-core machine.
 */
export async function benchHttp(): Promise<[string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), 'paradip-http-'));
  const db = join(dir, 'bench.duckdb');
  await buildStore(db);
  const port = 18000 + Math.floor(Math.random() * 1000);
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(packageRoot(), 'src', 'cli', 'main.ts'),
      '--db',
      db,
      'serve',
      '--port',
      String(port),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('benchHttp: server did not start in 60 s')), 60000);
      server.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('dashboard:')) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.on('exit', (code) => reject(new Error(`benchHttp: server exited with ${code}`)));
    });
    const rows: [string, string][] = [];
    for (const path of ['/api/regions', '/api/crisis/FI', '/api/classification']) {
      await fetch(`http://127.0.0.1:${port}${path}`); // warm the caches
      const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 10, duration: 5 });
      rows.push([
        `GET ${path} (10 connections, 5 s)`,
        `${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`,
      ]);
    }
    return rows;
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
