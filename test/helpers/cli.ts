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
