import type { Command } from 'commander';
import { className } from '../../classify/class-name.js';
import { explainRegion } from '../../classify/explain.js';
import type { RegionalClassification } from '../../classify/regional-classification.js';
import { CLASS_PROBABILITY_RUNS, monteCarloLabel } from '../../classify/class-probability-runs.js';
import { classifyCached } from '../class-probabilities.js';
import { INSUFFICIENT } from '../../classify/classify.js';
import { findRegion } from '../../query/find-region.js';
import { NotFoundError } from '../../query/not-found.js';
import { readDesignFile, readTypologyFile } from '../../config/config-files.js';
import { dbOption, type CliContext } from '../context.js';
import { universeOption } from '../universe-option.js';
import { openSnapshot } from '../open-store.js';
import { parseFormat, render } from '../output.js';
import { wholeNumberOption } from '../whole-number-option.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../config/read-spec.js';

interface ClassifyOptions {
  typology?: string;
  spec?: string;
  design?: string;
  universe: string;
  runs: string;
  bootstrap: string;
  seed: string;
  format: string;
  lang: string;
}

async function run(opts: ClassifyOptions, cmd: Command, ctx: CliContext): Promise<RegionalClassification> {
  const universe = universeOption(opts.universe);
  const runs = wholeNumberOption('runs', opts.runs, 0);
  const seed = wholeNumberOption('seed', opts.seed, 0);
  const bootstrap = wholeNumberOption('bootstrap', opts.bootstrap, 0);
  const typology = readTypologyFile(opts.typology);
  const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
  const design = readDesignFile(opts.design);
  const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
  return classifyCached(s, universe, spec, typology, design, { runs, seed, bootstrap });
}

/** Within a class, regions higher on the axes together come first. */
const axisSum = (r: RegionalClassification['regions'][number]) =>
  Object.values(r.axes).reduce<number>((s, v) => s + (v ?? 0), 0);

const options = (c: Command) =>
  c
    .option('--typology <file>', 'typology file, YAML (default: config/typology.default.yaml)')
    .option('--spec <file>', 'index spec (default: config/index-spec.default.json)')
    .option('--design <file>', 'uncertainty design for class probabilities')
    .option('--universe <universe>', 'all or iso', 'all')
    .option('--runs <n>', 'Monte Carlo runs for class probabilities', String(CLASS_PROBABILITY_RUNS.runs))
    .option(
      '--bootstrap <n>',
      'bootstrap replicates over the ties for class probabilities',
      String(CLASS_PROBABILITY_RUNS.bootstrap),
    )
    .option('--seed <n>', 'random seed', String(CLASS_PROBABILITY_RUNS.seed))
    .option('--lang <lang>', 'en or ru', 'en');

export function registerClassify(program: Command, ctx: CliContext): void {
  const classify = options(program.command('classify'))
    .description(
      'classify regions by the level of their international activity (typology rules over axes and tags)',
    )
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: ClassifyOptions, cmd: Command) => {
      const format = parseFormat(opts.format);
      const c = await run(opts, cmd, ctx);
      if (format === 'json') {
        ctx.out(JSON.stringify(c, null, 2) + '\n');
        return;
      }
      const ru = opts.lang === 'ru';
      const lang = ru ? 'ru' : 'en';
      if (format === 'table')
        ctx.out(
          `${c.typology.name} — ${ru ? c.universe_label.ru : c.universe_label.en}; ${monteCarloLabel(c, lang)}` +
            (ru
              ? ` по выбору методов, ${c.data_uncertainty.bootstrap_runs} бутстрэп-повторов по связям, ${c.data_uncertainty.leave_one_out.sources.length} прогонов без одного источника или одной таблицы\n\n`
              : ` over method choices, ${c.data_uncertainty.bootstrap_runs} bootstrap replicates over the ties, ${c.data_uncertainty.leave_one_out.sources.length} runs leaving one source (or one Rosstat table) out\n\n`),
        );
      const rows = [...c.regions].sort(
        (a, b) => a.level - b.level || axisSum(b) - axisSum(a) || a.unit.localeCompare(b.unit),
      );
      const axisNames = Object.keys(rows[0]?.axes ?? {});
      ctx.out(
        render(
          rows,
          [
            { header: 'iso', value: (r) => r.unit },
            { header: 'region', value: (r) => (ru ? r.name_ru : r.name_en) },
            { header: 'class', value: (r) => className(c.typology.classes, r.class, lang) },
            { header: 'p_class', value: (r) => r.probabilities[r.class] ?? null, right: true },
            { header: 'unstable', value: (r) => (r.unstable ? 'yes' : '') },
            {
              header: 'sources',
              value: (r) => `${r.coverage.covered}/${Object.keys(r.coverage.sources).length}`,
              right: true,
            },
            ...axisNames.map((a) => ({
              header: a,
              value: (r: (typeof rows)[number]) => r.axes[a] ?? null,
              right: true,
            })),
            {
              header: 'tags',
              value: (r) =>
                Object.keys(r.tags)
                  .filter((k) => r.tags[k])
                  .join(' '),
            },
          ],
          format,
        ),
      );
      if (format !== 'table') return;
      const counts = c.typology.classes.map(
        (x) => `${ru ? x.name_ru : x.name_en} ${c.regions.filter((r) => r.class === x.id).length}`,
      );
      ctx.out(
        `\n${counts.join(' · ')} · ${className(c.typology.classes, INSUFFICIENT, lang)} ${c.regions.filter((r) => r.class === INSUFFICIENT).length}\n`,
      );
      ctx.out(
        `Data-driven check: Jenks natural breaks of the mean of the axes agree on ${(c.check.jenks.agreement * 100).toFixed(0)} % of regions (ARI ${c.check.jenks.ari.toFixed(2)}); ` +
          `k-means on the axes (k = ${c.check.kmeans.k} by silhouette ${c.check.kmeans.silhouette.toFixed(2)}) ARI ${c.check.kmeans.ari.toFixed(2)}; Ward ARI ${c.check.ward.ari.toFixed(2)}. ` +
          `${c.check.disagreements.length} regions disagree with the natural breaks (--format json lists them).\n`,
      );
    });

  options(classify.command('explain <region>'))
    .description('why a region is in its class: axis values, nearest thresholds, partners, probabilities')
    .action(async (query: string, _opts: ClassifyOptions, cmd: Command) => {
      // Options may have been given before or after "explain": take them from both levels.
      const opts = cmd.optsWithGlobals<ClassifyOptions>();
      const c = await run({ ...opts, format: 'table' }, cmd, ctx);
      const s = await openSnapshot(dbOption(cmd), () => {});
      const iso = findRegion(s, query).iso;
      const r = c.regions.find((x) => x.unit === iso);
      if (!r)
        throw new NotFoundError(
          'region',
          query,
          `${iso} is not in the universe "${c.universe}"; use --universe all`,
        );
      ctx.out(explainRegion(r, readTypologyFile(opts.typology), opts.lang === 'ru' ? 'ru' : 'en', c) + '\n');
    });
}
