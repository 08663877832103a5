import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CLASS_PROBABILITY_RUNS } from '../../classify/class-probability-runs.js';
import { classifyCached } from '../class-probabilities.js';
import {
  readCrisisModelFile,
  readDesignFile,
  readScenarioFile,
  readTypologyFile,
} from '../../config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../config/read-spec.js';
import { crisisAnalysis } from '../../crisis/crisis-analysis.js';
import type { CrisisModel } from '../../crisis/crisis-model.js';
import { className } from '../../classify/class-name.js';
import { runScenario } from '../../crisis/scenario-run.js';
import { channelOf } from '../../crisis/channel-strengths.js';
import { toEdgeCsv, toGexf, toGraphml } from '../../network/export-network.js';
import { tieNetwork } from '../../network/tie-network.js';
import { findRegion } from '../../query/find-region.js';
import type { Snapshot } from '../../query/snapshot.js';
import { dbOption, type CliContext } from '../context.js';
import { universeOption } from '../universe-option.js';
import { cachedFor, openSnapshot } from '../open-store.js';
import { parseFormat, render, UsageError } from '../output.js';
import { wholeNumberOption } from '../whole-number-option.js';
import { numberFormat } from '../../io/number-format.js';

interface Common {
  universe: string;
  model?: string;
  scenario?: string;
  typology?: string;
  spec?: string;
  runs: string;
  format: string;
  lang: string;
}

const common = (c: Command) =>
  c
    .option('--universe <universe>', 'all or iso', 'all')
    .option('--scenario <file>', 'crisis scenario (YAML/JSON); default: the model’s generic crisis')
    .option('--model <file>', 'crisis model (default: config/crisis.default.yaml)')
    .option('--typology <file>', 'typology for the activity classes')
    .option('--spec <file>', 'index spec')
    .option('--runs <n>', 'Monte Carlo runs for class probabilities', String(CLASS_PROBABILITY_RUNS.runs))
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or ru', 'en');

async function setup(opts: Common, cmd: Command, ctx: CliContext) {
  const universe = universeOption(opts.universe);
  const runs = wholeNumberOption('runs', opts.runs, 0);
  const model = readCrisisModelFile(opts.model);
  const scenario = readScenarioFile(opts.scenario, model);
  const typology = readTypologyFile(opts.typology);
  const spec = readSpecFile(opts.spec ?? DEFAULT_SPEC_PATH());
  const design = readDesignFile();
  const s: Snapshot = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
  const classification = await classifyCached(s, universe, spec, typology, design, {
    runs,
    seed: CLASS_PROBABILITY_RUNS.seed,
  });
  // What a crisis result depends on, for the cache.
  const key = [universe, model, scenario, typology, spec, design, runs];
  return { universe, model, scenario, typology, spec, design, s, classification, runs, key };
}

const channelName = (model: CrisisModel, k: string, lang: 'en' | 'ru') => {
  const c = model.channels[k];
  return c ? (lang === 'ru' ? c.name_ru : c.name_en) : k;
};

/** Two significant digits below 1, so that a small modelled intensity does not print as 0. */
const amount = (x: number): number => +(Math.abs(x) < 1 ? x.toPrecision(2) : x.toFixed(1));

/** Plural categories of the language (Russian: one, few, many), so that counts read "1 tie", "3 связи". */
const TIES: Record<'en' | 'ru', Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'tie', other: 'ties' },
  ru: { one: 'связь', few: 'связи', many: 'связей', other: 'связи' },
};

/** The channel's unit in the output language, for the amount n (ties for counted channels). */
const unitOf = (model: CrisisModel, channel: string, unit: string, lang: 'en' | 'ru', n: number): string => {
  const def = model.channels[channel];
  if (def?.measure === 'count') return TIES[lang][new Intl.PluralRules(lang).select(n)] ?? TIES[lang].other!;
  return lang === 'en' ? unit : (def?.unit_ru ?? unit);
};

const REC: Record<string, { en: string; ru: string }> = {
  both: { en: 'both', ru: 'обе' },
  culture_image: { en: 'culture & image', ru: 'культурно-имиджевая' },
  political_plus: { en: 'political plus', ru: '«политический плюс»' },
  neither: { en: '—', ru: '—' },
};

export function registerCrisis(program: Command, ctx: CliContext): void {
  common(program.command('crisis'))
    .description(
      'which regions can help normalise relations with a country in a crisis: capacity, bands, channels, framework',
    )
    .requiredOption('--country <country>', 'ISO 3166-1 code (FI) or name')
    .option('--top <n>', 'rows in the table (all in csv/json)', '25')
    .action(async (opts: Common & { country: string; top: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const { universe, model, scenario, s, classification, key } = await setup(opts, cmd, ctx);
      const a = await cachedFor(s, 'crisis', [...key, opts.country], () =>
        crisisAnalysis(s, universe, opts.country, classification, model, scenario),
      );
      if (format === 'json') {
        ctx.out(JSON.stringify(a, null, 2) + '\n');
        return;
      }
      const ru = opts.lang === 'ru';
      const lang = ru ? 'ru' : 'en';
      const rows =
        format === 'table' ? a.rows.filter((r) => r.nc !== null).slice(0, Number(opts.top) || 25) : a.rows;
      if (format === 'table') {
        // Russian: "страна-партнёр: Монголия" needs no case; the name after «с» would (no declension table here).
        const partner = ru
          ? `Потенциал нормализации отношений — страна-партнёр: ${a.country_record.name_ru ?? a.country_record.name_en}`
          : `Normalisation capacity towards ${a.country_record.name_en}`;
        ctx.out(
          `${partner} (${a.country})\n` +
            `${ru ? 'Сценарий' : 'Scenario'}: ${a.scenario_label[lang]}; ${ru ? 'открытость партнёра' : 'partner openness'} ${a.openness}; ${ru ? 'каналы' : 'channels'}: ${a.activeChannels.map((k) => `${channelName(model, k, lang)} ×${a.freeze[k]}`).join(', ')}\n` +
            `${ru ? a.universe_label.ru : a.universe_label.en}\n` +
            `${ru ? 'Наблюдаемые и геометрические данные по всей России' : 'Observed and geometric evidence in all regions'}: ${
              a.evidence.channels
                .map((c) => {
                  const n = numberFormat(lang, { maximumFractionDigits: 1 }).format(c.total);
                  const unit = c.unit === 'ties' ? '' : ` ${unitOf(model, c.channel, c.unit, lang, c.total)}`;
                  return `${channelName(model, c.channel, lang)}: ${n}${unit} (${ru ? 'регионов' : 'regions'}: ${c.regions})`;
                })
                .join('; ') || '—'
            }\n` +
            (a.evidence.note ? `⚠ ${a.evidence.note[lang]}\n` : '') +
            '\n',
        );
      }
      ctx.out(
        render(
          rows,
          [
            { header: 'rank', value: (r) => r.rank, right: true },
            { header: 'iso', value: (r) => r.region },
            { header: 'region', value: (r) => (ru ? r.name_ru : r.name_en) },
            { header: 'nc', value: (r) => r.nc, right: true },
            { header: 'baseline', value: (r) => r.baselineNc, right: true },
            { header: 'change', value: (r) => r.change, right: true },
            {
              header: 'band_5_95',
              value: (r) => (r.band ? `${r.band[0].toFixed(1)}–${r.band[1].toFixed(1)}` : null),
            },
            {
              header: 'channels',
              value: (r) =>
                r.channels
                  .map(
                    (c) =>
                      `${channelName(model, c.channel, lang)}${c.basis === 'modelled' ? (ru ? ' (модельная оценка)' : ' (modelled)') : ''} ${+c.raw.toFixed(c.unit === 'km' ? 0 : 2)}${c.unit === 'km' ? (ru ? ' км' : ' km') : ''}`,
                  )
                  .join('; '),
            },
            { header: 'framework', value: (r) => REC[r.framework.recommendation]![ru ? 'ru' : 'en'] },
            // In csv every row carries the country's flag, so a filtered file still says it.
            ...(format === 'csv' ? [{ header: 'thin_evidence', value: () => String(a.evidence.thin) }] : []),
          ],
          format,
        ),
      );
      if (format === 'table') {
        const best = a.rows[0];
        if (best && best.nc) {
          ctx.out(`\n${ru ? 'Почему первый' : 'Why first'}: ${ru ? best.name_ru : best.name_en}\n`);
          for (const c of best.channels)
            ctx.out(
              `  ${channelName(model, c.channel, lang)}${c.basis === 'modelled' ? (ru ? ' (модельная оценка)' : ' (modelled)') : ''}: ${amount(c.raw)} ${unitOf(model, c.channel, c.unit, lang, amount(c.raw))}, ${ru ? 'сила' : 'strength'} ${c.strength.toFixed(2)} (${ru ? 'сильнейший' : 'strongest'}: ${c.strongestRegion} ${+c.max.toFixed(1)}), ${ru ? 'заморозка' : 'freeze'} ×${c.freeze}, ${ru ? 'вклад' : 'contribution'} ${c.contribution.toFixed(1)} — ${c.ties
                .slice(0, 3)
                .map((t) => `${t.counterpart} [${t.source_id}: ${t.source_ref}]`)
                .join('; ')}${c.ties.length > 3 ? ` …+${c.ties.length - 3}` : ''}\n`,
            );
          ctx.out(`  ${best.framework.reason[ru ? 'ru' : 'en']}\n`);
          for (const step of best.framework.legalSteps)
            ctx.out(`  • ${step[ru ? 'ru' : 'en']} (${step.source})\n`);
        }
      }
    });

  common(program.command('frameworks [region]'))
    .description(
      'fit of regions to the two frameworks (“culture and image-building”, “political plus”) per partner country',
    )
    .option('--countries <n>', 'partner countries per region', '10')
    .action(async (query: string | undefined, opts: Common & { countries: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const { universe, model, scenario, s, classification, key } = await setup(opts, cmd, ctx);
      const ru = opts.lang === 'ru';
      const regionIso = query ? findRegion(s, query).iso : null;
      const partners = new Map<string, number>();
      for (const t of s.ties)
        if (
          t.country_iso2 &&
          t.region_iso &&
          (!regionIso || t.region_iso === regionIso) &&
          channelOf(t, model)
        )
          partners.set(t.country_iso2, (partners.get(t.country_iso2) ?? 0) + 1);
      const countries = [...partners]
        .sort((a, b) => b[1] - a[1])
        .map(([c]) => c)
        .slice(0, regionIso ? Number(opts.countries) || 10 : 1000);
      const rows = (
        await cachedFor(s, 'frameworks', [...key, regionIso, countries], () =>
          countries.flatMap((c) =>
            crisisAnalysis(s, universe, c, classification, model, scenario)
              .rows.filter((r) => (regionIso ? r.region === regionIso : r.channels.length > 0))
              .map((r) => ({ country: c, ...r })),
          ),
        )
      ).sort(
        // Strongest capacity first; then by region and country so that equal rows keep one order.
        (a, b) =>
          (b.nc ?? -1) - (a.nc ?? -1) ||
          a.region.localeCompare(b.region) ||
          a.country.localeCompare(b.country),
      );
      if (format === 'json') {
        ctx.out(
          JSON.stringify(
            rows.map((r) => ({ nc: r.nc, class: r.class, ...r.framework })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      ctx.out(
        render(
          rows.filter((r) => r.framework.recommendation !== 'neither' || regionIso),
          [
            { header: 'iso', value: (r) => r.region },
            { header: 'country', value: (r) => r.country },
            { header: 'nc', value: (r) => r.nc, right: true },
            { header: 'culture_fit', value: (r) => r.framework.cultureFit, right: true },
            { header: 'political_fit', value: (r) => r.framework.politicalFit, right: true },
            { header: 'recommendation', value: (r) => REC[r.framework.recommendation]![ru ? 'ru' : 'en'] },
            { header: 'reason', value: (r) => r.framework.reason[ru ? 'ru' : 'en'] },
          ],
          format,
        ),
      );
      if (format === 'table' && regionIso) {
        const steps = new Map(rows.flatMap((r) => r.framework.legalSteps).map((x) => [x.id, x]));
        if (steps.size)
          ctx.out(
            `\n${ru ? 'Обязательные шаги согласования с федеральным центром' : 'Federal coordination steps required'}:\n`,
          );
        for (const x of steps.values()) ctx.out(`  • ${x[ru ? 'ru' : 'en']} (${x.source})\n`);
      }
    });

  const network = program.command('network').description('the region–country network of ties');
  network
    .command('export')
    .description(
      'export the network for Gephi (GEXF), yEd/Cytoscape/networkx (GraphML) or as a CSV edge list',
    )
    .requiredOption('--format <format>', 'gexf, graphml or csv')
    .option('--universe <universe>', 'all or iso', 'all')
    .option('--type <types>', 'comma-separated tie types to include (default: all regional ties)')
    .option('--out <file>', 'output file (default: standard output)')
    .action(async (opts: { format: string; universe: string; type?: string; out?: string }, cmd: Command) => {
      const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const n = tieNetwork(s, universeOption(opts.universe), opts.type?.split(','));
      const text =
        opts.format === 'gexf'
          ? toGexf(n)
          : opts.format === 'graphml'
            ? toGraphml(n)
            : opts.format === 'csv'
              ? toEdgeCsv(n)
              : null;
      if (text === null)
        throw new UsageError(`--format: expected gexf, graphml or csv, got ${JSON.stringify(opts.format)}`);
      if (opts.out) {
        writeFileSync(opts.out, text);
        ctx.err(
          `wrote ${n.regions.length} regions, ${n.countries.length} countries, ${n.edges.length} edges to ${opts.out}\n`,
        );
      } else ctx.out(text);
    });
  network
    .command('metrics')
    .description('centralities (degree, strength, eigenvector, betweenness), breadth and Louvain communities')
    .option('--universe <universe>', 'all or iso', 'all')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: { universe: string; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const s = await openSnapshot(dbOption(cmd), (m) => ctx.err(m + '\n'));
      // Loaded on demand: the graph libraries are only needed here.
      const { networkMetrics } = await import('../../network/network-metrics.js');
      const m = networkMetrics(tieNetwork(s, universeOption(opts.universe)));
      if (format === 'json') {
        ctx.out(JSON.stringify(m, null, 2) + '\n');
        return;
      }
      const breadth = new Map(m.regions.map((r) => [r.region, r]));
      if (format === 'table')
        ctx.out(
          `Louvain: ${m.communities.count} communities of regions, modularity ${m.communities.modularity.toFixed(3)}\n\n`,
        );
      ctx.out(
        render(
          m.nodes.filter((x) => x.kind === 'region').sort((a, b) => b.eigenvector - a.eigenvector),
          [
            { header: 'region', value: (x) => x.id },
            { header: 'degree', value: (x) => x.degree, right: true },
            { header: 'strength', value: (x) => x.strength, right: true },
            { header: 'eigenvector', value: (x) => x.eigenvector, right: true },
            { header: 'betweenness', value: (x) => x.betweenness, right: true },
            { header: 'diversity', value: (x) => breadth.get(x.id)?.diversity ?? null, right: true },
            { header: 'community', value: (x) => breadth.get(x.id)?.community ?? null, right: true },
          ],
          format,
        ),
      );
    });

  const scenario = program.command('scenario').description('crisis scenarios');
  common(scenario.command('run <file>'))
    .description(
      'freeze ties with a set of countries, then recompute the index, the classes and the capacities',
    )
    .action(async (file: string, _o: Common, cmd: Command) => {
      const opts = cmd.optsWithGlobals<Common>();
      const format = parseFormat(opts.format);
      const { universe, model, typology, spec, design, s, runs } = await setup(
        { ...opts, scenario: undefined },
        cmd,
        ctx,
      );
      const lang = opts.lang === 'ru' ? 'ru' : 'en';
      const sc = readScenarioFile(file, model);
      const r = runScenario(s, universe, sc, model, spec, typology, design, {
        runs,
        seed: CLASS_PROBABILITY_RUNS.seed,
      });
      if (format === 'json') {
        ctx.out(JSON.stringify(r, null, 2) + '\n');
        return;
      }
      ctx.out(
        `Scenario: ${sc.name}${sc.from ? ` (from ${sc.from})` : ''}; ${sc.countries?.length ?? 'all'} countries frozen\n\nRegions that lose most\n`,
      );
      ctx.out(
        render(
          r.regions.filter((x) => x.change !== null).slice(0, 15),
          [
            { header: 'iso', value: (x) => x.region },
            { header: 'index_before', value: (x) => x.indexBefore, right: true },
            { header: 'index_after', value: (x) => x.indexAfter, right: true },
            { header: 'change', value: (x) => x.change, right: true },
            { header: 'rank', value: (x) => `${x.rankBefore} → ${x.rankAfter}` },
            {
              header: 'class',
              value: (x) =>
                x.classBefore === x.classAfter
                  ? className(typology.classes, x.classAfter, lang)
                  : `${className(typology.classes, x.classBefore, lang)} → ${className(typology.classes, x.classAfter, lang)}`,
            },
          ],
          'table',
        ),
      );
      ctx.out('\nMain channel to each frozen partner\n');
      ctx.out(
        render(
          r.partners,
          [
            { header: 'country', value: (p) => p.country },
            {
              header: 'before',
              value: (p) =>
                p.mainChannelBefore
                  ? `${p.mainChannelBefore.region} (${p.mainChannelBefore.nc.toFixed(1)})`
                  : '—',
            },
            {
              header: 'after',
              value: (p) =>
                p.mainChannelAfter
                  ? `${p.mainChannelAfter.region} (${p.mainChannelAfter.nc.toFixed(1)})`
                  : '—',
            },
            { header: 'channels_left', value: (p) => p.remainingChannels.join(', ') },
          ],
          'table',
        ),
      );
    });
}
