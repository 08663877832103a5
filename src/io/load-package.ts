import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A large package loaded when first needed (exceljs, playwright-core, piscina), with Node's `require` rather than
 * `import()`: the built CLI is a script compiled with V8's code cache (src/cli/code-cache.ts), and on Node 20 such
 * a script has no loader for `import()`. Each of these packages is CommonJS.
 *
 * @example
 * const ExcelJS = loadPackage<typeof import('exceljs')>('exceljs');
 */
export function loadPackage<T>(name: string): T {
  return load(name) as T;
}
