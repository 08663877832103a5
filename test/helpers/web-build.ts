import { join } from 'node:path';
import { build } from 'vite';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { tempDir } from './store.js';

/** Build the dashboard into a fresh folder (independent of dist/) and return it. */
export async function buildWeb(): Promise<string> {
  const outDir = join(tempDir(), 'web');
  await build({
    configFile: join(packageRoot(), 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
