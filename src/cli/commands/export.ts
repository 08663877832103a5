import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Topology } from 'topojson-specification';
import { classifyRegions } from '../../classify/regional-classification.js';
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
import { bundleOf, EXPORT_FORMATS, renderExport, type ExportFormat } from '../../export/export-bundle.js';
import { exportTable } from '../../export/export-table.js';
import { regionalInput } from '../../regional/regional-input.js';
import { crisisReport } from '../../report/crisis-report.js';
import { regionReport } from '../../report/region-report.js';
import { htmlToPdf } from '../../report/to-pdf.js';
import { dbOption, type CliContext } from '../context.js';
import { universeOption } from '../universe-option.js';
import { openSnapshot } from '../open-store.js';
import { UsageError } from '../output.js';

const topology = (): Topology => readRegionTopology();

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export <table>')
    .description(
      'export regions | index | classification | crisis | ties as CSV, XLSX (with sources and metadata sheets), JSON or GeoJSON',
    )
    .option('--format <format>', 'csv, xlsx, json or geojson', 'csv')
    .option('--excel', 'CSV for Russian Excel: byte-order mark, ";" separators, decimal comma')
    .option('--universe <universe>', 'all or iso', 'all')
    .option('--country <country>', 'partner country (crisis)')
    .option('--scenario <file>', 'crisis scenario (crisis)')
    .option('--spec <file>', 'index spec')
    .option('--runs <n>', 'Monte Carlo runs for class probabilities', '200')
    .option('--out <file>', 'output file (default: standard output; required for xlsx)')
    .action(
      async (
        what: string,
        opts: {
          format: string;
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
        const format = opts.format as ExportFormat;
        if (!EXPORT_FORMATS.includes(format))
          throw new UsageError(
            `--format: expected ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(opts.format)}`,
          );
        if (format === 'xlsx' && !opts.out) throw new UsageError('--out is required for xlsx');
        const universe = universeOption(opts.universe);
        const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
        const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
        const classification = () =>
          classifyRegions(s, universe, spec, readTypologyFile(), readDesignFile(), {
            runs: Number(opts.runs),
            seed: 1,
          });
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
      .option('--runs <n>', 'Monte Carlo runs for class probabilities', '200');
  const write = async (out: string, html: string) => {
    if (out.endsWith('.html')) writeFileSync(out, html);
    else if (out.endsWith('.pdf')) writeFileSync(out, await htmlToPdf(html));
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
      const c = classifyRegions(s, universe, spec, typology, readDesignFile(), {
        runs: Number(opts.runs),
        seed: 1,
      });
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
      const c = classifyRegions(s, universe, spec, readTypologyFile(), readDesignFile(), {
        runs: Number(opts.runs),
        seed: 1,
      });
      const model = readCrisisModelFile();
      const a = crisisAnalysis(s, universe, opts.country, c, model, readScenarioFile(opts.scenario, model));
      await write(opts.out, crisisReport(s, a, topology(), lang));
    });
}
