#!/usr/bin/env node
// The `paradip` executable of the built package (dist/bundle/cli/main.js): runs the bundled CLI beside it with
// V8's code cache (src/cli/code-cache.ts).
import { fileURLToPath } from 'node:url';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';
import { commandName } from './command-name.js';

/** A command's own cache; words that cannot be a command (they become part of a file name) share one. */
const kindOf = (word: string | undefined) => (word && /^[a-z][a-z-]{0,30}$/.test(word) ? word : 'cli');

// Each command compiles other functions at start (the server, a query, a build): each keeps a cache of its own.
runWithCodeCache(
  fileURLToPath(new URL('./paradip.js', import.meta.url)),
  codeCacheDir(),
  kindOf(commandName(process.argv.slice(2))),
);
