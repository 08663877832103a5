import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readCoinr } from '../../engine/coinr/read-coinr.js';
import { toSourceTable } from '../../engine/coinr/table-to-source.js';
import { datasetRows } from '../../engine/coinr/write-coinr.js';
import type { IndexInput } from '../../engine/index-input.js';
import { runIndex, STEPS, type StepName } from '../../engine/pipeline.js';
import { readTable } from '../../ingest/read-table.js';
import { toCsv } from '../../io/csv.js';
import { regionalInput } from '../../regional/regional-input.js';
import { parseUniverse, type Universe } from '../../registry/region.js';
import { dbOption, type CliContext } from '../context.js';
import { openSnapshot } from '../open-store.js';
import { UsageError } from '../output.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../read-spec.js';

export interface InputOptions {
  coinrData?: string;
  coinrMeta?: string;
  universe: string;
  spec?: string;
}

/** The index input: COINr tables if given, else the bundled regional data from the store. */
export async function loadIndexInput(
  opts: InputOptions,
  cmd: Command,
  ctx: CliContext,
): Promise<{ input: IndexInput; universe: Universe | null }> {
  if (!!opts.coinrData !== !!opts.coinrMeta)
    throw new UsageError('--coinr-data and --coinr-meta go together');
  if (opts.coinrData && opts.coinrMeta) {
    const data = await readTable(opts.coinrData);
    const meta = await readTable(opts.coinrMeta);
    return {
      input: readCoinr(
        toSourceTable(data.file, data.header, data.rows),
        toSourceTable(meta.file, meta.header, meta.rows),
      ),
      universe: null,
    };
  }
  let universe: Universe;
  try {
    universe = parseUniverse(opts.universe);
  } catch (err) {
    throw new UsageError(`--universe: ${(err as Error).message}`);
  }
  const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
  return { input: regionalInput(s, universe), universe };
}

export function registerIndex(program: Command, ctx: CliContext): void {
  const index = program.command('index').description('the composite index: build, audit, uncertainty');
  const common = (c: Command) =>
    c
      .option('--coinr-data <file>', 'COINr iData table (CSV or XLSX) instead of the bundled regional data')
      .option('--coinr-meta <file>', 'COINr iMeta table (CSV or XLSX)')
      .option('--spec <file>', 'index spec, JSON or YAML (default: config/index-spec.default.json)')
      .option('--universe <universe>', 'all or iso (regional data)', 'all');

  common(index.command('build'))
    .description(
      'run the pipeline and write one step’s table: uCode plus every indicator and aggregate column, full precision',
    )
    .option('--step <step>', `one of ${STEPS.join(', ')}`, 'Aggregated')
    .option('--out <file>', 'output file (.csv or .json); default: CSV on standard output')
    .action(async (opts: InputOptions & { step: string; out?: string }, cmd: Command) => {
      if (!STEPS.includes(opts.step as StepName))
        throw new UsageError(`--step: expected one of ${STEPS.join(', ')}, got ${JSON.stringify(opts.step)}`);
      const { input, universe } = await loadIndexInput(opts, cmd, ctx);
      const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
      const result = runIndex(input, spec);
      const table = result.steps[opts.step as StepName];
      const text = opts.out?.endsWith('.json')
        ? JSON.stringify(
            { step: opts.step, universe, spec: result.spec, rows: datasetRows(table) },
            null,
            2,
          ) + '\n'
        : toCsv(datasetRows(table));
      if (opts.out) {
        writeFileSync(opts.out, text);
        ctx.err(
          `wrote ${opts.step} (${table.units.length} units × ${Object.keys(table.columns).length} columns) to ${opts.out}\n`,
        );
      } else ctx.out(text);
    });
}
