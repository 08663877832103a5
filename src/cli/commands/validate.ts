import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runValidation } from '../../validate/run-validation.js';
import { VALIDATION_RUNS, validationConfig } from '../../validate/validation-config.js';
import { dbOption, type CliContext } from '../context.js';
import { openSnapshot } from '../open-store.js';
import { wholeNumberOption } from '../whole-number-option.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description(
      'check the model against expectations from published work and official lists; writes docs/validation.md',
    )
    .option('--expectations <file>', 'expectations file (default: config/validation/expectations.yaml)')
    .option(
      '--out <file>',
      'where to write the Markdown report ("-" for standard output)',
      'docs/validation.md',
    )
    .option('--runs <n>', 'Monte Carlo runs for class probabilities', String(VALIDATION_RUNS))
    .action(async (opts: { expectations?: string; out: string; runs: string }, cmd: Command) => {
      const runs = wholeNumberOption('runs', opts.runs, 0);
      const cfg = validationConfig(opts.expectations, runs);
      const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const { validation, markdown } = runValidation(s, 'all', cfg);
      const c = validation.counts;
      const summary = `${validation.results.length} expectations: ${c.pass} pass, ${c.fail} fail, ${c.not_evaluated} not evaluated`;
      if (opts.out === '-') ctx.out(markdown);
      else {
        writeFileSync(opts.out, markdown);
        ctx.out(`${summary}\nwrote ${opts.out}\n`);
      }
    });
}
