import { ExportError } from '../export/export-error.js';
import { Command, CommanderError } from 'commander';
import { CoinrInputError } from '../engine/coinr/read-coinr.js';
import { FrameworkError } from '../engine/framework.js';
import { ImportRejected } from '../ingest/import-issue.js';
import { InputError } from '../ingest/read-table.js';
import { NotFoundError } from '../query/not-found.js';
import { StoreError } from '../store/load-snapshot.js';
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
import { UsageError } from './output.js';

/**
 * Exit codes: 0 success; 1 the input or request was rejected (bad file, unknown region); 2 usage error;
 * 3 the store is missing or unreadable; 70 an unexpected internal error.
 */
export const EXIT = { ok: 0, rejected: 1, usage: 2, store: 3, internal: 70 } as const;

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
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof UsageError || err instanceof ExportError) {
      ctx.err(`paradip: ${err.message}\n`);
      return EXIT.usage;
    }
    if (
      err instanceof ImportRejected ||
      err instanceof InputError ||
      err instanceof NotFoundError ||
      err instanceof CoinrInputError ||
      err instanceof FrameworkError
    ) {
      ctx.err(`paradip: ${err.message}\n`);
      return EXIT.rejected;
    }
    if (err instanceof StoreError) {
      ctx.err(`paradip: ${err.message}\n`);
      return EXIT.store;
    }
    ctx.err(`paradip: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
