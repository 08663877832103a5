/**
 * The first word of a `paradip` command line: the command (`db` for `db build`), or undefined for none
 * (`--help`). Global options that take a value (`--db PATH`) are skipped with their value. Read before the
 * commands are loaded: only the named command's module is.
 *
 * @example
 * commandName(['--db', 'x.duckdb', 'crisis', '--country', 'FI']); // 'crisis'
 */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
