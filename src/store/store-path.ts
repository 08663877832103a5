import { homedir } from 'node:os';
import { join } from 'node:path';

/** `--db`, else PARADIP_DB, else paradip.duckdb under the user's data directory (XDG_DATA_HOME or ~/.local/share). */
export function resolveStorePath(option?: string): string {
  if (option) return option;
  if (process.env.PARADIP_DB) return process.env.PARADIP_DB;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'paradip', 'paradip.duckdb');
}
