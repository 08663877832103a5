// `npm run build`: the CLI and its worker threads bundled by esbuild from src/ into dist/bundle/ (or the folder given
// as argument, inside the package), which `npm start` and the `paradip` bin run. Node resolves, reads and compiles
// about 600 module files to start the server from dist/src/; from the bundle it reads one file, compiled with V8's
// code cache from the second run on (src/cli/bin.ts), which takes about half of the start-up CPU time off (issue
// #14). dist/src/ stays as tsc writes it: the library and types.
//
// The bundle is CommonJS: a script compiled by node:vm, as V8's code cache needs, is a CommonJS module.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { packageRoot } from '../src/dataset/data-dir.js';

const root = packageRoot();
const outdir = resolve(process.argv[2] ?? join(root, 'dist', 'bundle'));
// The bundle finds data/ and node_modules/ by walking up from itself.
if (relative(root, outdir).startsWith('..'))
  throw new Error(`bundle-cli: the output folder must be inside ${root}, got ${outdir}`);
/** Every output file is one folder below the bundle (cli/, parallel/), as every source module is below src/. */
const level = join(outdir, 'cli');

/**
 * Packages left to Node's resolver: a native addon (DuckDB), packages that start their own worker from a file of
 * their own (piscina), and large ones loaded only by the commands that need them.
 */
const EXTERNAL = ['@duckdb/*', 'piscina', 'playwright-core', 'exceljs'];

/**
 * A bundled CommonJS module that reads a file beside itself (`__dirname`; swagger-ui's static files, for one)
 * gets its own folder in node_modules, found from the output file's folder: dist/bundle/ sits in the package it
 * was built in.
 */
const ownFolder: Plugin = {
  name: 'own-folder',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(text)) return undefined;
      const at = (p: string) => `__paradipPath(${JSON.stringify(relative(level, p).split('\\').join('/'))})`;
      return {
        contents: `var __dirname = ${at(dirname(path))}, __filename = ${at(path)};\n${text}`,
        loader: 'js',
      };
    });
  },
};

// The sources are ES modules: `import.meta.url` becomes the output file's URL, and `__paradipPath` places the
// folders above relative to the output file.
const banner = [
  'var __paradipDir = __dirname;',
  "var __paradipUrl = require('node:url').pathToFileURL(__filename).href;",
  "var __paradipPath = (p) => require('node:path').join(__paradipDir, p);",
].join('\n');

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  define: { 'import.meta.url': '__paradipUrl' },
  banner: { js: banner },
  plugins: [ownFolder],
  // A third less to read and compile; names are kept, so that a stack trace still names the functions.
  minifyWhitespace: true,
  minifySyntax: true,
  tsconfig: join(root, 'tsconfig.build.json'),
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
// .js files below dist/bundle/ are CommonJS, whatever the package's own "type".
await writeFile(join(outdir, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
const src = join(root, 'src');
const { metafile } = await build({
  ...common,
  metafile: true,
  // Workers are found from their caller's URL as '../parallel/<name>.js' (src/parallel/worker-module.ts).
  entryPoints: {
    // The executable runs the CLI with V8's code cache.
    'cli/main': join(src, 'cli', 'bin.ts'),
    'cli/paradip': join(src, 'cli', 'main.ts'),
    'parallel/heavy-worker': join(src, 'parallel', 'heavy-worker.ts'),
    'parallel/replicate-worker': join(src, 'parallel', 'replicate-worker.ts'),
  },
  outdir,
});
// On Node 20 a script compiled by node:vm has no loader for import(): packages left out are loaded with require.
const dynamic = Object.values(metafile.inputs).flatMap((i) =>
  i.imports.filter((m) => m.external && m.kind === 'dynamic-import').map((m) => m.path),
);
if (dynamic.length)
  throw new Error(
    `bundle-cli: load ${dynamic.join(', ')} with loadPackage (src/io/load-package.ts), not import()`,
  );
