import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/dataset/data-dir.js';

/**
 * How to run the `paradip` CLI as a user does: the bundle that `npm start` and the bin run (dist/bundle/, from
 * `npm run build`), else the sources via tsx. With `fresh`, the bundle is rebuilt from the current sources first.
 */
export function builtCli(fresh = false): { entry: string[]; how: string } {
  const root = packageRoot();
  // The bundle is made from src/ (not from tsc's output), so rebuilding it is enough for current code.
  if (fresh)
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bundle-cli.ts')], {
      cwd: root,
      stdio: 'inherit',
    });
  const bundle = join(root, 'dist', 'bundle', 'cli', 'main.js');
  return existsSync(bundle)
    ? {
        entry: [bundle],
        how: fresh ? 'dist/bundle/, rebuilt' : 'dist/bundle/, run `npm run build` first for current code',
      }
    : { entry: ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')], how: 'sources via tsx' };
}
