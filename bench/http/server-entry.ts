import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/dataset/data-dir.js';

/** How to start `paradip serve`: the built CLI when there is one (what `npm start` runs), else the sources via tsx. */
export function serverEntry(): { entry: string[]; how: string } {
  const built = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  return existsSync(built)
    ? { entry: [built], how: 'dist/, run `npm run build` first for current code' }
    : { entry: ['--import', 'tsx', join(packageRoot(), 'src', 'cli', 'main.ts')], how: 'sources via tsx' };
}
