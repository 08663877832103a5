import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this module that holds data/datasets.json (works from src and dist). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'datasets.json'))) return dir;
    const up = resolve(dir, '..');
    if (up === dir)
      throw new Error('packageRoot: no data/datasets.json found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function dataDir(): string {
  return process.env.PARADIP_DATA_DIR ?? join(packageRoot(), 'data');
}
