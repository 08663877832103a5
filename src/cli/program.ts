import { Command, CommanderError } from 'commander';
import { classifyError, EXIT_CODES } from '../errors/error-kinds.js';
import type { CliContext } from './context.js';
import { registerClassify } from './commands/classify.js';
import { registerCrisis } from './commands/crisis.js';
import { registerDb } from './commands/db.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerIndex } from './commands/index.js';
import { registerQueries } from './commands/queries.js';
import { registerServe } from './commands/serve.js';
import { registerValidate } from './commands/validate.js';

export function createProgram(ctx: CliContext): Command {
  const program = new Command('paradip')
    .description(
      'paradip — observatory of paradiplomacy: international activity and soft-power potential of Russia’s regions.\n' +
        'Data: bundled real datasets with provenance (`paradip sources`). Store: a DuckDB file.',
    )
    .option('--db <path>', 'store file (default: $PARADIP_DB or ~/.local/share/paradip/paradip.duckdb)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  registerDb(program, ctx);
  registerQueries(program, ctx);
  registerImport(program, ctx);
  registerIndex(program, ctx);
  registerClassify(program, ctx);
  registerCrisis(program, ctx);
  registerExport(program, ctx);
  registerServe(program, ctx);
  registerValidate(program, ctx);
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  return program;
}

/** Run the CLI with `argv` (without node and script); returns the exit code instead of exiting. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = createProgram(ctx);
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
