import type { Command } from 'commander';

/** What every command needs from its surroundings; tests pass their own writers. */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard output is a terminal: tables for people by default, CSV for pipes and files. */
  isTTY?: boolean;
}

/** The global --db option, wherever the command sits in the tree. */
export function dbOption(cmd: Command): string | undefined {
  return cmd.optsWithGlobals<{ db?: string }>().db;
}
