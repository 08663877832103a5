import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { inject } from 'vitest';
import { packageRoot } from '../../src/dataset/data-dir.js';

const WAIT_MS = 300_000;

/**
 * The dashboard built afresh (independent of dist/) once per test run and shared by every browser test file: the
 * first file to ask builds it while holding a lock folder; the others, in other processes, wait for its result.
 * If that build fails, each file then builds its own copy and reports its own error.
 */
export async function buildWeb(): Promise<string> {
  const root = inject('tempRoot');
  const shared = join(root, 'web');
  const lock = join(root, 'web.lock');
  if (existsSync(join(shared, 'index.html'))) return shared;
  try {
    mkdirSync(lock);
  } catch {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline && existsSync(lock) && !existsSync(join(shared, 'index.html')))
      await new Promise((r) => setTimeout(r, 200));
    if (existsSync(join(shared, 'index.html'))) return shared;
    return viteBuild(join(root, `web-${process.pid}`));
  }
  try {
    const partial = join(root, 'web.partial');
    rmSync(partial, { recursive: true, force: true });
    await viteBuild(partial);
    renameSync(partial, shared);
    return shared;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function viteBuild(outDir: string): Promise<string> {
  await build({
    configFile: join(packageRoot(), 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
