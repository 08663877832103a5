import type { ChildProcess } from 'node:child_process';

/** Wait (up to 60 s) until `url` answers 200, failing early if the server process exits. */
export async function untilAnswering(url: string, server: ChildProcess): Promise<void> {
  const deadline = performance.now() + 60000;
  while (performance.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`bench: server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`bench: ${url} did not answer in 60 s`);
}
