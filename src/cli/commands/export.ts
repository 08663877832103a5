import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Topology } from 'topojson-specification';
import { CLASS_PROBABILITY_RUNS } from '../../classify/class-probability-runs.js';
import {
  readCrisisModelFile,
  readDesignFile,
  readScenarioFile,
  readTypologyFile,
} from '../../config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../config/read-spec.js';
import { crisisAnalysis } from '../../crisis/crisis-analysis.js';
import { readRegionTopology } from '../../dataset/region-topology.js';
import { runIndex } from '../../engine/pipeline.js';
import { bundleOf, EXPORT_FORMATS, renderExport } from '../../export/export-bundle.js';
import { exportTable } from '../../export/export-table.js';
import { regionalInput } from '../../regional/regional-input.js';
import { classifyCached } from '../class-probabilities.js';
import { dbOption, type CliContext } from '../context.js';
import { universeOption } from '../universe-option.js';
import { openSnapshot } from '../open-store.js';
import { outputFormat, UsageError } from '../output.js';

const mcRuns = [
  '--runs <n>',
  'Monte Carlo runs for class probabilities',
  String(CLASS_PROBABILITY_RUNS.runs),
] as const;

function parseRuns(value: string): { runs: number; seed: number } {
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 0)
    throw new UsageError(`--runs: expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
  return { runs, seed: CLASS_PROBABILITY_RUNS.seed };
}

const topology = (): Topology => readRegionTopology();

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export <table>')
    .description(
      'export regions | index | classification | crisis | ties as CSV, XLSX (with sources and metadata sheets), JSON or GeoJSON',
    )
    .option('--format <format>', 'csv, xlsx, json or geojson (default: from --out’s extension, else csv)')
    .option('--excel', 'CSV for Russian Excel: byte-order mark, ";" separators, decimal comma')
    .option('--universe <universe>', 'all or iso', 'all')
    .option('--country <country>', 'partner country (crisis)')
    .option('--scenario <file>', 'crisis scenario (crisis)')
    .option('--spec <file>', 'index spec')
    .option(...mcRuns)
    .option('--out <file>', 'output file (default: standard output; required for xlsx)')
    .action(
      async (
        what: string,
        opts: {
          format?: string;
          excel?: boolean;
          universe: string;
          country?: string;
          scenario?: string;
          spec?: string;
          runs: string;
          out?: string;
        },
        cmd: Command,
      ) => {
        const format = outputFormat(opts.format, opts.out, EXPORT_FORMATS, 'csv');
        const mc = parseRuns(opts.runs);
        if (format === 'xlsx' && !opts.out) throw new UsageError('--out is required for xlsx');
        const universe = universeOption(opts.universe);
        const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
        const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
        // Computed before the table only when the table needs it (the cache makes the wait once per store).
        const classes =
          what === 'classification' || what === 'crisis'
            ? await classifyCached(s, universe, spec, readTypologyFile(), readDesignFile(), mc)
            : null;
        const classification = () => classes!;
        const table = exportTable(
          what,
          {
            snapshot: s,
            universe,
            index: () => runIndex(regionalInput(s, universe), spec),
            classification,
            crisis: (country) => {
              const model = readCrisisModelFile();
              return crisisAnalysis(
                s,
                universe,
                country,
                classification(),
                model,
                readScenarioFile(opts.scenario, model),
              );
            },
          },
          opts.country,
        );
        const bundle = bundleOf(s, `paradip ${table.name}`, [table], {
          universe,
          spec: JSON.stringify(spec),
        });
        const out = await renderExport(bundle, format, {
          excel: opts.excel,
          topology: format === 'geojson' ? topology() : undefined,
        });
        if (opts.out) {
          writeFileSync(opts.out, out.body);
          ctx.err(`wrote ${table.rows.length} rows of ${table.name} to ${opts.out}\n`);
        } else ctx.out(typeof out.body === 'string' ? out.body : out.body.toString('utf8'));
      },
    );

  const report = program
    .command('report')
    .description('printable reports (PDF or HTML) with map, tables, explanations, sources and methodology');
  const reportOptions = (c: Command) =>
    c
      .requiredOption('--out <file>', 'output file: .pdf (rendered by headless Chromium) or .html')
      .option('--lang <lang>', 'en or ru', 'en')
      .option('--universe <universe>', 'all or iso', 'all')
      .option(...mcRuns);
  const write = async (out: string, html: string) => {
    if (out.endsWith('.html')) writeFileSync(out, html);
    else if (out.endsWith('.pdf'))
      writeFileSync(out, await (await import('../../report/to-pdf.js')).htmlToPdf(html));
    else throw new UsageError(`--out: expected a .pdf or .html file, got ${JSON.stringify(out)}`);
    ctx.err(`wrote ${out}\n`);
  };
  reportOptions(report.command('region <region>'))
    .description('report on one region')
    .action(async (query: string, _o: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<{ out: string; lang: string; universe: string; runs: string }>();
      const universe = universeOption(opts.universe);
      const lang = opts.lang === 'ru' ? 'ru' : 'en';
      const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const spec = readSpecFile(DEFAULT_SPEC_PATH());
      const typology = readTypologyFile();
      const c = await classifyCached(s, universe, spec, typology, readDesignFile(), parseRuns(opts.runs));
      const { regionReport } = await import('../../report/region-report.js');
      await write(
        opts.out,
        regionReport(
          s,
          universe,
          query,
          runIndex(regionalInput(s, universe), spec),
          c,
          typology,
          topology(),
          lang,
        ),
      );
    });
  reportOptions(report.command('crisis'))
    .description('report on the regions’ capacity to help normalise relations with a country')
    .requiredOption('--country <country>', 'ISO 3166-1 code or name')
    .option('--scenario <file>', 'crisis scenario')
    .action(async (_o: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<{
        out: string;
        lang: string;
        universe: string;
        runs: string;
        country: string;
        scenario?: string;
      }>();
      const universe = universeOption(opts.universe);
      const lang = opts.lang === 'ru' ? 'ru' : 'en';
      const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const spec = readSpecFile(DEFAULT_SPEC_PATH());
      const c = await classifyCached(
        s,
        universe,
        spec,
        readTypologyFile(),
        readDesignFile(),
        parseRuns(opts.runs),
      );
      const model = readCrisisModelFile();
      const { crisisReport } = await import('../../report/crisis-report.js');
      const a = crisisAnalysis(s, universe, opts.country, c, model, readScenarioFile(opts.scenario, model));
      await write(
        opts.out,
        crisisReport(s, a, topology(), lang, { classes: c.typology.classes, channels: model.channels }),
      );
    });
}
