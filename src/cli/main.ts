import { runCli } from './program.js';

// `paradip export … | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// No top-level await: the built CLI is one CommonJS file (scripts/bundle-cli.ts).
void runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  // `serve` keeps running: only exit on failure or for commands that have finished.
  if (code !== 0 || !process.argv.slice(2).includes('serve')) process.exitCode = code;
});
