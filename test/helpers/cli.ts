import { spawn } from 'node:child_process';
import { runCli } from '../../src/cli/program.js';

/** Run the CLI in-process and capture what it prints (as into a pipe, unless `isTTY`). */
export async function cli(
  args: string[],
  options: { isTTY?: boolean } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), ...options });
  return { code, out, err };
}

/** Run the CLI in its own process (for locks, crashes and concurrency, which one process cannot show). */
export function spawnCli(
  args: string[],
  env: Record<string, string> = {},
): {
  child: import('node:child_process').ChildProcess;
  done: Promise<{ code: number | null; out: string; err: string }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out, err })),
  );
  return { child, done };
}
