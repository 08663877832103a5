import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readCoinrRows } from '../../engine/coinr/read-coinr.js';
import { toSourceTable } from '../../engine/coinr/table-to-source.js';
import { datasetRows, datasetRowsLazily } from '../../engine/coinr/write-coinr.js';
import { writeChunks } from '../../io/write-chunks.js';
import { jsonPieces } from '../../io/json-pieces.js';
import type { IndexInput } from '../../engine/index-input.js';
import { audit } from '../../engine/audit/audit.js';
import { monteCarloSample, summarise } from '../../engine/uncertainty/monte-carlo.js';
import { createReplicator } from '../../engine/uncertainty/replicator.js';
import { meanAbsRankShift, sobolFactors } from '../../engine/uncertainty/sensitivity.js';
import { saltelliSample, sobolWithBootstrap } from '../../engine/uncertainty/sobol.js';
import { parallelReplicate } from '../../parallel/parallel-replicate.js';
import { progressBar } from '../progress.js';
import { readDesignFile } from '../../config/config-files.js';
import { runIndex, STEPS, type StepName } from '../../engine/pipeline.js';
import { openTable, readTable } from '../../ingest/read-table.js';
import { csvLines } from '../../io/csv.js';
import { regionalInput, type RegionalInput } from '../../regional/regional-input.js';
import { regionalScores } from '../../regional/regional-scores.js';
import { scoreRows, type SharedRank } from '../../regional/score-rows.js';
import {
  REGIONAL_INDEX_IDS,
  regionalIndex,
  UnknownIndexError,
  type RegionalIndexId,
} from '../../regional/regional-framework.js';
import type { Universe } from '../../registry/region.js';
import { dbOption, type CliContext } from '../context.js';
import { universeOption } from '../universe-option.js';
import { openSnapshot } from '../open-store.js';
import { outputFormat, parseFormat, render, UsageError } from '../output.js';
import { wholeNumberOption } from '../whole-number-option.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../config/read-spec.js';
import { watershedNote } from '../../regional/period-watershed.js';

export interface InputOptions {
  coinrData?: string;
  coinrMeta?: string;
  universe: string;
  spec?: string;
  index?: string;
  period?: string;
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
    const meta = await readTable(opts.coinrMeta);
    // The data table streams into columns: a million units × 50 indicators is never held as text or records.
    const data = await openTable(opts.coinrData);
    return {
      input: await readCoinrRows(
        { name: data.file, header: data.header, rows: data.rows },
        toSourceTable(meta.file, meta.header, meta.rows),
      ),
      universe: null,
    };
  }
  const universe = universeOption(opts.universe);
  const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
  const input = regionalInput(s, universe, {
    index: indexOption(opts.index),
    period: periodOption(opts.period),
  });
  const note = watershedNote(input.periods, 'en');
  ctx.err(
    `${regionalIndex(input.index).name_en} index, ${universe} universe; ${describePeriods(input)}\n` +
      (note ? `${note}\n` : ''),
  );
  return { input, universe };
}

function indexOption(v: string | undefined): RegionalIndexId {
  try {
    return regionalIndex(v ?? 'activity').id;
  } catch (err) {
    if (err instanceof UnknownIndexError) throw new UsageError(`--index: ${err.message}`);
    throw err;
  }
}

function periodOption(v: string | undefined): string | undefined {
  if (v !== undefined && !/^\d{4}$/.test(v))
    throw new UsageError(`--period: expected a year such as 2021, got ${JSON.stringify(v)}`);
  return v;
}

/** Which period each indicator's values refer to: every output says it. */
export function describePeriods(input: RegionalInput): string {
  return `periods: ${Object.entries(input.periods)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ')}`;
}

export function registerIndex(program: Command, ctx: CliContext): void {
  const index = program.command('index').description('the composite index: build, audit, uncertainty');
  const common = (c: Command) =>
    c
      .option('--coinr-data <file>', 'COINr iData table (CSV or XLSX) instead of the bundled regional data')
      .option('--coinr-meta <file>', 'COINr iMeta table (CSV or XLSX)')
      .option('--spec <file>', 'index spec, JSON or YAML (default: config/index-spec.default.json)')
      .option('--universe <universe>', 'all or iso (regional data)', 'all')
      .option('--index <index>', 'regional index: activity or potential', 'activity')
      .option(
        '--period <year>',
        'build for a year: each indicator takes its latest period up to it (default: latest)',
      );

  common(index.command('build'))
    .description(
      'run the pipeline and write one step’s table: uCode plus every indicator and aggregate column, full precision',
    )
    .option('--step <step>', `one of ${STEPS.join(', ')}`, 'Aggregated')
    .option('--out <file>', 'output file (.csv or .json; the extension decides the format)')
    .option(
      '--format <format>',
      'table, csv or json (default: from --out, else a table on a terminal and CSV in a pipe)',
    )
    .action(async (opts: InputOptions & { step: string; out?: string; format?: string }, cmd: Command) => {
      const format = outputFormat(
        opts.format,
        opts.out,
        ['table', 'csv', 'json'] as const,
        ctx.isTTY ? 'table' : 'csv',
      );
      if (format === 'table' && opts.out)
        throw new UsageError('--format table is for the terminal; write a .csv or .json file');
      if (!STEPS.includes(opts.step as StepName))
        throw new UsageError(`--step: expected one of ${STEPS.join(', ')}, got ${JSON.stringify(opts.step)}`);
      const { input, universe } = await loadIndexInput(opts, cmd, ctx);
      const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
      const result = runIndex(input, spec);
      const table = result.steps[opts.step as StepName];
      const done = () =>
        ctx.err(
          `wrote ${opts.step} (${table.units.length} units × ${Object.keys(table.columns).length} columns) to ${opts.out}\n`,
        );
      if (format === 'csv') {
        // Written as it is produced: a million units × 50 columns is more text than one string can hold.
        writeChunks(csvLines(datasetRowsLazily(table)), opts.out ?? ctx.out);
        if (opts.out) done();
        return;
      }
      if (format === 'json') {
        const head = {
          step: opts.step,
          universe,
          ...('index' in input ? { index: input.index, periods: (input as RegionalInput).periods } : {}),
          spec: result.spec,
        };
        writeChunks(jsonPieces(head, datasetRowsLazily(table)), opts.out ?? ctx.out);
        if (opts.out) done();
        return;
      }
      const rows = datasetRows(table);
      const text =
        `${opts.step} — ${table.units.length} units (full precision: --format csv or json)\n\n` +
        render(
          rows.slice(1),
          rows[0]!.map((header, i) => ({
            header: String(header),
            value: (r: (string | number)[]) => (r[i] === '' ? null : r[i]),
            right: i > 0,
          })),
          'table',
        );
      if (opts.out) {
        writeFileSync(opts.out, text);
        done();
      } else ctx.out(text);
    });

  index
    .command('gap')
    .description(
      'both indices per region and the gap: activity minus what soft-power potential predicts (least squares across regions)',
    )
    .option('--spec <file>', 'index spec, JSON or YAML (default: config/index-spec.default.json)')
    .option('--universe <universe>', 'all or iso', 'all')
    .option(
      '--period <year>',
      'build for a year: each indicator takes its latest period up to it (default: latest)',
    )
    .option('--format <format>', 'table, csv or json', 'table')
    .action(
      async (opts: { spec?: string; universe: string; period?: string; format: string }, cmd: Command) => {
        const format = parseFormat(opts.format);
        const universe = universeOption(opts.universe);
        const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
        const scores = regionalScores(s, universe, readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH()), {
          period: periodOption(opts.period),
        });
        const rows = scoreRows(s, scores);
        const f = scores.gap.fit;
        if (format === 'table')
          ctx.out(
            `Activity and soft-power potential, ${universe} universe (${rows.length} regions)\n` +
              `Expected activity = ${f.intercept.toFixed(2)} + ${f.slope.toFixed(3)} × potential (r² ${f.r2.toFixed(2)}, ${f.n} regions); gap = activity − expected\n` +
              `Activity ${describePeriods(scores.indices.activity.input)}\nPotential ${describePeriods(scores.indices.potential.input)}\n` +
              REGIONAL_INDEX_IDS.map((id) => {
                const note = watershedNote(scores.indices[id].input.periods, 'en');
                return note ? `${regionalIndex(id).name_en}: ${note}\n` : '';
              }).join('') +
              '\n',
          );
        const rank = (r: SharedRank | null) =>
          r ? (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`) : null;
        ctx.out(
          render(
            rows,
            [
              { header: 'iso', value: (r) => r.iso },
              { header: 'region', value: (r) => r.name_en },
              { header: 'activity', value: (r) => r.activity, right: true },
              { header: 'rank', value: (r) => rank(r.activity_rank), right: true },
              { header: 'potential', value: (r) => r.potential, right: true },
              { header: 'rank', value: (r) => rank(r.potential_rank), right: true },
              { header: 'expected', value: (r) => r.expected, right: true },
              { header: 'gap', value: (r) => r.gap, right: true },
            ],
            format,
            {
              universe,
              period: scores.period,
              fit: f,
              periods: {
                activity: scores.indices.activity.input.periods,
                potential: scores.indices.potential.input.periods,
              },
              regions: rows,
            },
          ),
        );
      },
    );

  common(index.command('audit'))
    .description(
      'statistical coherence: indicator statistics with flags, correlations, Cronbach’s alpha and PCA per group',
    )
    .option('--step <step>', 'data set for the indicator statistics', 'Raw')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: InputOptions & { step: string; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      if (!STEPS.includes(opts.step as StepName))
        throw new UsageError(`--step: expected one of ${STEPS.join(', ')}, got ${JSON.stringify(opts.step)}`);
      const { input } = await loadIndexInput(opts, cmd, ctx);
      const result = runIndex(input, readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH()));
      const a = audit(result.steps[opts.step as StepName], result.steps.Aggregated, input.framework);
      if (format === 'json') {
        ctx.out(
          JSON.stringify(a, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n',
        );
        return;
      }
      const csv = format === 'csv';
      if (!csv) ctx.out(`Indicator statistics (${opts.step})\n`);
      ctx.out(
        render(
          a.stats,
          [
            { header: 'indicator', value: (x) => x.code },
            { header: 'min', value: (x) => x.min, right: true },
            { header: 'max', value: (x) => x.max, right: true },
            { header: 'mean', value: (x) => x.mean, right: true },
            { header: 'skew', value: (x) => x.skew, right: true },
            { header: 'kurtosis', value: (x) => x.kurtosis, right: true },
            { header: 'available', value: (x) => x.fracAvailable, right: true },
            { header: 'availability', value: (x) => x.flagAvailability },
            { header: 'non_zero', value: (x) => x.flagNonZero },
            { header: 'unique', value: (x) => x.flagUnique },
            { header: 'outliers', value: (x) => x.flagSkewKurtosis },
          ],
          format,
        ),
      );
      if (csv) return;
      const flagged = a.withinGroups.filter((p) => p.flag !== 'ok');
      ctx.out(
        `\nCorrelation flags within groups (collinear > ${a.thresholds.collinear}, negative < ${a.thresholds.negative}): ${flagged.length}\n`,
      );
      if (flagged.length)
        ctx.out(
          render(
            flagged,
            [
              { header: 'group', value: (p) => p.group },
              { header: 'a', value: (p) => p.a },
              { header: 'b', value: (p) => p.b },
              { header: 'pearson', value: (p) => p.pearson, right: true },
              { header: 'spearman', value: (p) => p.spearman, right: true },
              { header: 'flag', value: (p) => p.flag },
            ],
            'table',
          ),
        );
      ctx.out('\nGroups: internal consistency and principal components\n');
      ctx.out(
        render(
          a.groups,
          [
            { header: 'group', value: (g) => g.group },
            { header: 'level', value: (g) => g.level, right: true },
            { header: 'children', value: (g) => g.children.length, right: true },
            { header: 'cronbach_alpha', value: (g) => g.cronbachAlpha, right: true },
            { header: 'pc1_explained', value: (g) => g.pca.explained[0], right: true },
            { header: 'complete_rows', value: (g) => g.pca.n, right: true },
          ],
          'table',
        ),
      );
      ctx.out('\nCorrelation of each component with its parent and the index (Pearson)\n');
      ctx.out(
        render(
          a.withParents,
          [
            { header: 'code', value: (p) => p.code },
            { header: 'level', value: (p) => p.level, right: true },
            { header: 'parent', value: (p) => p.parent },
            { header: 'r_parent', value: (p) => p.pearsonParent, right: true },
            { header: 'r_index', value: (p) => p.pearsonIndex, right: true },
          ],
          'table',
        ),
      );
    });

  common(index.command('uncertainty'))
    .description(
      'Monte Carlo over pipeline choices (seeded): rank statistics per unit; with --sobol N, variance-based sensitivity',
    )
    .option('--runs <n>', 'number of Monte Carlo runs', '1000')
    .option('--seed <n>', 'random seed (same seed, same result)', '1')
    .option(
      '--design <file>',
      'uncertain factors, JSON or YAML (default: config/uncertainty-design.default.json)',
    )
    .option('--sobol <n>', 'also run a Saltelli design with N base points and report Sobol indices')
    .option('--bootstrap <n>', 'bootstrap resamples for the Sobol confidence intervals', '500')
    .option('--workers <n>', 'worker threads (default: one per core, for large runs)')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(
      async (
        opts: InputOptions & {
          runs: string;
          seed: string;
          design?: string;
          sobol?: string;
          bootstrap: string;
          workers?: string;
          format: string;
        },
        cmd: Command,
      ) => {
        const format = parseFormat(opts.format);
        const int = wholeNumberOption;
        const runs = int('runs', opts.runs, 1);
        const seed = int('seed', opts.seed, 0);
        const workers = opts.workers === undefined ? undefined : int('workers', opts.workers, 1);
        const design = readDesignFile(opts.design);
        const { input } = await loadIndexInput(opts, cmd, ctx);
        const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
        const nominal = createReplicator(input)(spec);
        const sample = monteCarloSample(runs, design.factors.length, seed);
        const mc = await parallelReplicate(input, spec, design, sample, {
          workers,
          onProgress: progressBar('uncertainty'),
        });
        const result = summarise(input, spec, design, { runs, seed }, nominal, mc.results, mc.failures);
        let sensitivity = null;
        if (opts.sobol !== undefined) {
          const n = int('sobol', opts.sobol, 2);
          const { points } = saltelliSample(n, design.factors.length, seed);
          const sa = await parallelReplicate(input, spec, design, points, {
            workers,
            onProgress: progressBar('sensitivity'),
          });
          const failed = sa.results.filter((r) => r === null).length;
          if (failed)
            throw new Error(
              `sensitivity: ${failed} of ${points.length} runs failed: ${Object.keys(sa.failures).join('; ')}`,
            );
          const y = Float64Array.from(sa.results, (r) => meanAbsRankShift(r!, nominal));
          const s = sobolWithBootstrap(y, n, design.factors.length, {
            bootstrap: int('bootstrap', opts.bootstrap, 10),
            seed: seed + 1,
          });
          sensitivity = {
            n,
            runs: points.length,
            output: 'mean_abs_rank_shift',
            factors: sobolFactors(design, s),
          };
        }
        if (format === 'json') {
          ctx.out(JSON.stringify({ uncertainty: result, sensitivity }, null, 2) + '\n');
          return;
        }
        if (format === 'table')
          ctx.out(
            `Uncertainty: ${runs} runs (seed ${seed}), ${result.failed} failed${
              result.failed
                ? `: ${Object.entries(result.failures)
                    .map(([k, v]) => `${v}× ${k}`)
                    .join('; ')}`
                : ''
            }\n`,
          );
        ctx.out(
          render(
            [...result.units].sort((a, b) => (a.nominal ?? Infinity) - (b.nominal ?? Infinity)),
            [
              { header: 'unit', value: (u) => u.unit },
              { header: 'nominal', value: (u) => u.nominal, right: true },
              { header: 'mean', value: (u) => u.mean, right: true },
              { header: 'median', value: (u) => u.median, right: true },
              { header: 'q05', value: (u) => u.q05, right: true },
              { header: 'q95', value: (u) => u.q95, right: true },
            ],
            format,
          ),
        );
        if (sensitivity && format === 'table') {
          ctx.out(
            `\nSensitivity (Sobol, Jansen estimators, ${sensitivity.runs} runs; output: mean absolute rank shift)\n`,
          );
          ctx.out(
            render(
              sensitivity.factors,
              [
                { header: 'factor', value: (f) => f.name },
                { header: 'first_order', value: (f) => f.first, right: true },
                {
                  header: 'first_95ci',
                  value: (f) => `${f.firstCI[0].toFixed(3)} – ${f.firstCI[1].toFixed(3)}`,
                },
                { header: 'total', value: (f) => f.total, right: true },
                {
                  header: 'total_95ci',
                  value: (f) => `${f.totalCI[0].toFixed(3)} – ${f.totalCI[1].toFixed(3)}`,
                },
              ],
              'table',
            ),
          );
        }
      },
    );
}
