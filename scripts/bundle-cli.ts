// `npm run build`: the CLI and its worker threads bundled by esbuild from src/ into dist/bundle/ (or the folder given
// as argument, inside the package), which `npm start` and the `paradip` bin run. Node resolves, reads and compiles
// about 600 module files to start the server from dist/src/; from the bundle it reads a few chunks, which takes
// about a third of the start-up CPU time off (issue #14). dist/src/ stays as tsc writes it: the library and types.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from '../src/dataset/data-dir.js';

const root = packageRoot();
const outdir = resolve(process.argv[2] ?? join(root, 'dist', 'bundle'));
// The bundle finds data/ and node_modules/ by walking up from itself.
if (relative(root, outdir).startsWith('..'))
  throw new Error(`bundle-cli: the output folder must be inside ${root}, got ${outdir}`);
/** Shared chunks go one folder below the bundle, as every source module is one folder below src/. */
const chunks = join(outdir, 'chunks');

/**
 * Packages left to Node's resolver: a native addon (DuckDB), packages that start their own worker from a file of
 * their own (piscina), and large ones loaded only by the commands that need them.
 */
const EXTERNAL = ['@duckdb/*', 'piscina', 'playwright-core', 'exceljs'];

/**
 * A bundled CommonJS module that reads a file beside itself (`__dirname`; swagger-ui's static files, for one)
 * gets its own folder in node_modules, found from the chunk's URL: dist/bundle/ sits in the package it was built in.
 */
const ownFolder: Plugin = {
  name: 'own-folder',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(text)) return undefined;
      const at = (p: string) => `__paradipPath(${JSON.stringify(relative(chunks, p).split('\\').join('/'))})`;
      return {
        contents: `var __dirname = ${at(dirname(path))}, __filename = ${at(path)};\n${text}`,
        loader: 'js',
      };
    });
  },
};

// Bundled CommonJS needs `require`, and `__paradipPath` places the folders above relative to the chunks.
const banner = [
  "import { createRequire as __paradipRequire } from 'node:module';",
  "import { fileURLToPath as __paradipFileURLToPath } from 'node:url';",
  'const require = __paradipRequire(import.meta.url);',
  "const __paradipPath = (p) => __paradipFileURLToPath(new URL(p, new URL('../chunks/', import.meta.url)));",
].join('\n');

await rm(outdir, { recursive: true, force: true });
const src = join(root, 'src');
await build({
  // Workers are found from their caller's URL as '../parallel/<name>.js' (src/parallel/worker-module.ts).
  entryPoints: {
    'cli/main': join(src, 'cli', 'main.ts'),
    'parallel/heavy-worker': join(src, 'parallel', 'heavy-worker.ts'),
    'parallel/replicate-worker': join(src, 'parallel', 'replicate-worker.ts'),
  },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  banner: { js: banner },
  plugins: [ownFolder],
  tsconfig: join(root, 'tsconfig.build.json'),
  logLevel: 'warning',
});
