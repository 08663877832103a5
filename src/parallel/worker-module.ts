import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where a worker thread's module is and how to start it, from the caller's own URL: in the built package the `.js`
 * beside it; from TypeScript sources (development, tests) the `.ts`, with the tsx loader registered in the worker
 * (loaders of the main thread are not inherited by workers on Node 20).
 */
export function workerModule(name: string, callerUrl: string): { filename: string; execArgv: string[] } {
  const fromSource = callerUrl.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./${name}${fromSource ? '.ts' : '.js'}`, callerUrl));
  if (!fromSource) return { filename, execArgv: [] };
  const tsx = pathToFileURL(createRequire(callerUrl).resolve('tsx')).href;
  return { filename, execArgv: ['--import', tsx] };
}
