import { Command, CommanderError } from 'commander';
import { classifyError, EXIT_CODES } from '../errors/error-kinds.js';
import type { CliContext } from './context.js';
import { PARADIP_VERSION } from './version.js';
import { commandName } from './command-name.js';

type Register = (program: Command, ctx: CliContext) => void;

/**
 * Each top-level command and the module that defines it. Only the module of the command being run is loaded:
 * a query must not pay for the report renderer, XLSX, the browser driver or the graph libraries.
 */
const COMMAND_MODULES: Record<string, () => Promise<Register>> = {
  db: async () => (await import('./commands/db.js')).registerDb,
  regions: async () => (await import('./commands/queries.js')).registerQueries,
  import: async () => (await import('./commands/import.js')).registerImport,
  index: async () => (await import('./commands/index.js')).registerIndex,
  classify: async () => (await import('./commands/classify.js')).registerClassify,
  crisis: async () => (await import('./commands/crisis.js')).registerCrisis,
  export: async () => (await import('./commands/export.js')).registerExport,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
};
/** Commands defined in a module listed under another name. */
const ALIASES: Record<string, string> = {
  region: 'regions',
  ties: 'regions',
  sources: 'regions',
  frameworks: 'crisis',
  network: 'crisis',
  scenario: 'crisis',
  report: 'export',
};

export async function createProgram(ctx: CliContext, argv: string[] = []): Promise<Command> {
  const program = new Command('paradip')
    .description(
      'paradip — observatory of paradiplomacy: international activity and soft-power potential of Russia’s regions.\n' +
        'Data: bundled real datasets with provenance (`paradip sources`). Store: a DuckDB file.',
    )
    .version(PARADIP_VERSION, '-V, --version', 'print the version of paradip')
    .option('--db <path>', 'store file (default: $PARADIP_DB or ~/.local/share/paradip/paradip.duckdb)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  const name = commandName(argv);
  const key = name === undefined ? undefined : (ALIASES[name] ?? name);
  // Unknown or no command (help, a typo to suggest a correction for): every command must be known.
  const versionOnly = name === undefined && argv.some((a) => a === '--version' || a === '-V');
  const modules = versionOnly
    ? []
    : key !== undefined && COMMAND_MODULES[key]
      ? [COMMAND_MODULES[key]]
      : Object.values(COMMAND_MODULES);
  for (const register of await Promise.all(modules.map((load) => load()))) register(program, ctx);
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  return program;
}

/** Run the CLI with `argv` (without node and script); returns the exit code instead of exiting. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = await createProgram(ctx, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_CODES.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    const e = classifyError(err);
    // A user's fault gets its message; only a bug gets the stack, to report it.
    if (e.kind === 'internal') ctx.err(`paradip: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    else ctx.err(`paradip: ${e.message}\n`);
    return EXIT_CODES[e.kind];
  }
}
