#!/usr/bin/env node
// The `paradip` executable of the built package (dist/bundle/cli/main.js): runs the bundled CLI beside it with
// V8's code cache (src/cli/code-cache.ts).
import { fileURLToPath } from 'node:url';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';

// The server's start-up compiles other functions than a query command's: each keeps a cache of its own.
runWithCodeCache(
  fileURLToPath(new URL('./paradip.js', import.meta.url)),
  codeCacheDir(),
  process.argv.includes('serve') ? 'serve' : 'cli',
);
