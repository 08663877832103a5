import type { Command } from 'commander';

/** What every command needs from its surroundings; tests pass their own writers. */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The global --db option, wherever the command sits in the tree. */
export function dbOption(cmd: Command): string | undefined {
  return cmd.optsWithGlobals<{ db?: string }>().db;
}
