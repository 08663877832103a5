import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { specSampler } from '../engine/uncertainty/design.js';
import { monteCarloSample } from '../engine/uncertainty/monte-carlo.js';
import { createReplicator } from '../engine/uncertainty/replicator.js';
import { inScope } from '../query/in-scope.js';
import { isRegionalTie } from '../query/regional-tie.js';
import type { Snapshot } from '../query/snapshot.js';
import { CLASS_PROBABILITY_RUNS } from './class-probability-runs.js';
import { AXIS_FRAMEWORKS, axisIndexInputs, buildAxisIndices } from './axis-indices.js';
import { droppableSources, tieBootstrap, withoutSource } from './data-replicates.js';
import { noCoverage, tieSourceCoverage } from '../query/tie-coverage.js';
import type { Universe } from '../registry/region.js';
import { UNIVERSES } from '../registry/region.js';
import { dataDrivenCheck, type DataDrivenCheck } from './check/data-driven-check.js';
import { classify, classOnly, INSUFFICIENT, type ClassificationInput, type RegionClass } from './classify.js';
import { regionTags } from './tags.js';
import type { Typology } from './typology.js';
import type { TieRow } from '../store/rows.js';

export interface ClassifiedRegion extends RegionClass {
  name_en: string;
  name_ru: string;
  status: string;
  /**
   * Class probabilities with data and method uncertainty: the mean, over the families that ran, of the share of
   * replications in each class — method choices (Monte Carlo over the uncertainty design), a Poisson bootstrap over
   * the ties, and leaving out one source at a time. Sums to 1.
   */
  probabilities: Record<string, number>;
  /** The same shares for each family alone. */
  probabilities_by: Partial<Record<UncertaintyFamily, Record<string, number>>>;
  unstable: boolean;
  /** The region's strongest partner countries and its tie types. */
  partners: { iso2: string; name_en: string; name_ru: string | null; ties: number }[];
  tieTypes: Record<string, number>;
  /**
   * The region's pillar and composite scores of each index an axis reads (index → column → score; null when
   * missing), as the spec computed them: what other analyses read (the crisis frameworks read the potential pillars).
   */
  scores: Record<string, Record<string, number | null>>;
}

export type UncertaintyFamily = 'method' | 'bootstrap' | 'leave_one_out';

export interface ClassifyOptions {
  /** Monte Carlo runs over the method choices of the uncertainty design. */
  runs: number;
  seed: number;
  /** Poisson bootstrap replicates over the ties (default CLASS_PROBABILITY_RUNS.bootstrap; 0 = none). */
  bootstrap?: number;
  /** Leave each source out in turn (default true). */
  leaveOneOut?: boolean;
}

export interface RegionalClassification {
  universe: Universe;
  universe_label: { en: string; ru: string };
  typology: {
    name: string;
    classes: {
      id: string;
      name_en: string;
      name_ru: string;
      rule: string;
      justification_en: string;
      justification_ru: string;
    }[];
  };
  /** Monte Carlo runs over method choices that produced an index. */
  runs: number;
  seed: number;
  /** The data replications behind the probabilities. */
  data_uncertainty: {
    bootstrap_runs: number;
    leave_one_out: { sources: string[]; failed: string[] };
  };
  regions: ClassifiedRegion[];
  check: DataDrivenCheck;
}

/** The classification input from built indices: tags, counts and tie-source coverage of the regions. */
export function classificationInput(
  s: Snapshot,
  universe: Universe,
  indices: Record<string, { units: string[]; columns: Record<string, Float64Array> }>,
  typology: Typology,
): ClassificationInput {
  const tables = Object.values(indices);
  const units = tables[0]!.units;
  for (const t of tables)
    if (t.units.join() !== units.join())
      throw new Error('indices of one classification must share their units');
  const own = new Map<string, TieRow[]>();
  for (const t of s.ties)
    if (t.region_iso && isRegionalTie(t) && inScope(t.scope, universe)) {
      const list = own.get(t.region_iso);
      if (list) list.push(t);
      else own.set(t.region_iso, [t]);
    }
  const counts = new Map<string, { ties_total: number; countries_total: number }>();
  const listed = tieSourceCoverage(s, universe);
  const none = noCoverage(listed);
  const coverage = new Map(units.map((u) => [u, listed.get(u) ?? none]));
  for (const unit of units) {
    const ties = own.get(unit) ?? [];
    // Weighted: a bootstrap replicate counts a tie as often as it was drawn.
    counts.set(unit, {
      ties_total: ties.reduce((n, t) => n + (t.weight ?? 1), 0),
      countries_total: new Set(ties.map((t) => t.country_iso2).filter(Boolean)).size,
    });
  }
  return {
    units,
    indices: Object.fromEntries(Object.entries(indices).map(([k, v]) => [k, v.columns])),
    tags: regionTags(s, universe, {
      arctic: typology.tags.arctic.regions,
      megacityPopulation: typology.tags.megacity_population,
      custom: Object.fromEntries(Object.entries(typology.tags.custom).map(([k, v]) => [k, v.regions])),
    }),
    counts,
    coverage,
  };
}

/**
 * The classes of a resampled store, rebuilt from its data; null when an index cannot be built from it. Whether a
 * region has enough data is decided once, on the store as it is (`coverage`): replications move the values, not
 * the sources' coverage.
 */
function classesOfStore(
  s: Snapshot,
  universe: Universe,
  specs: Record<string, IndexSpec>,
  typology: Typology,
  coverage: ClassificationInput['coverage'],
): string[] | null {
  try {
    const built = buildAxisIndices(s, universe, specs, { dropUninformative: true });
    const tables = Object.fromEntries(
      Object.entries(built).map(([k, ix]) => [k, ix.result.steps.Aggregated]),
    );
    return classOnly({ ...classificationInput(s, universe, tables, typology), coverage }, typology);
  } catch {
    return null;
  }
}

/** Sources whose removal changes an index input: the ones a leave-one-out run can test. */
function feedingSources(s: Snapshot, universe: Universe, specs: Record<string, IndexSpec>): string[] {
  const key = (x: Snapshot) =>
    JSON.stringify(
      Object.values(axisIndexInputs(x, universe, specs)).map(({ input }) =>
        Object.entries(input.data.columns).map(([k, c]) => [
          k,
          Array.from(c, (v) => (Number.isNaN(v) ? null : v)),
        ]),
      ),
    );
  const base = key(s);
  return droppableSources(s).filter((src) => key(withoutSource(s, src)) !== base);
}

/** Share of runs in each class, per unit. */
function shares(runs: string[][], n: number): Record<string, number>[] {
  return Array.from({ length: n }, (_, i) => {
    const c: Record<string, number> = {};
    for (const r of runs) c[r[i]!] = (c[r[i]!] ?? 0) + 1;
    for (const k of Object.keys(c)) c[k]! /= runs.length;
    return c;
  });
}

/**
 * Classify the regions of a universe with a typology: classes with explanations and coverage, class probabilities
 * over method choices and over the data (bootstrap over ties, each source left out), and the data-driven check.
 * A pure function of the store and the configuration.
 */
export function classifyRegions(
  s: Snapshot,
  universe: Universe,
  spec: IndexSpec,
  typology: Typology,
  design: Design,
  options: ClassifyOptions,
): RegionalClassification {
  // One spec for both indices, as `index build` uses it.
  const specs = Object.fromEntries(Object.keys(AXIS_FRAMEWORKS).map((k) => [k, spec]));
  const built = buildAxisIndices(s, universe, specs);
  const tables = Object.fromEntries(Object.entries(built).map(([k, ix]) => [k, ix.result.steps.Aggregated]));
  const cinput = classificationInput(s, universe, tables, typology);
  const classes = classify(cinput, typology);
  const n = classes.length;

  // Method uncertainty: the same rules on each Monte Carlo replication of every index.
  const replicators = Object.fromEntries(
    Object.entries(built).map(([k, ix]) => [
      k,
      { run: createReplicator(ix.input), specFor: specSampler(spec, ix.input.framework, design.factors) },
    ]),
  );
  const methodRuns: string[][] = [];
  for (const u of monteCarloSample(options.runs, design.factors.length, options.seed)) {
    try {
      const columns = Object.fromEntries(
        Object.entries(replicators).map(([k, r]) => [k, r.run(r.specFor(u)).columns]),
      );
      methodRuns.push(classOnly({ ...cinput, indices: columns }, typology));
    } catch {
      continue; // counted out: probabilities are over the runs that produced an index
    }
  }
  // Data uncertainty: resampled ties, and each source left out, rebuilt from the data up.
  const bootstrapRuns: string[][] = [];
  for (const rep of tieBootstrap(s, options.bootstrap ?? CLASS_PROBABILITY_RUNS.bootstrap, options.seed)) {
    const c = classesOfStore(rep, universe, specs, typology, cinput.coverage);
    if (c) bootstrapRuns.push(c);
  }
  const looRuns: string[][] = [];
  const looSources = options.leaveOneOut === false ? [] : feedingSources(s, universe, specs);
  const failed: string[] = [];
  for (const src of looSources) {
    const c = classesOfStore(withoutSource(s, src), universe, specs, typology, cinput.coverage);
    if (c) looRuns.push(c);
    else failed.push(src);
  }
  const families: [UncertaintyFamily, string[][]][] = [
    ['method', methodRuns],
    ['bootstrap', bootstrapRuns],
    ['leave_one_out', looRuns],
  ];
  const byFamily = families
    .filter(([, runs]) => runs.length > 0)
    .map(([f, runs]) => [f, shares(runs, n)] as const);

  const aggregates = Object.entries(built).map(
    ([k, ix]) =>
      [
        k,
        ix.input.framework.nodes.filter((node) => node.type === 'aggregate').map((node) => node.code),
        ix.result.steps.Aggregated.columns,
      ] as const,
  );
  const regionsByIso = new Map(s.regions.map((r) => [r.iso, r]));
  const countries = new Map(s.countries.map((c) => [c.iso2, c]));
  const regions: ClassifiedRegion[] = classes.map((c, i) => {
    const probabilities: Record<string, number> = {};
    if (!byFamily.length) probabilities[c.class] = 1;
    for (const [, sh] of byFamily)
      for (const [k, v] of Object.entries(sh[i]!))
        probabilities[k] = (probabilities[k] ?? 0) + v / byFamily.length;
    const own = s.ties.filter(
      (t) => t.region_iso === c.unit && isRegionalTie(t) && inScope(t.scope, universe),
    );
    const byCountry = new Map<string, number>();
    const tieTypes: Record<string, number> = {};
    for (const t of own) {
      tieTypes[t.type] = (tieTypes[t.type] ?? 0) + 1;
      if (t.country_iso2) byCountry.set(t.country_iso2, (byCountry.get(t.country_iso2) ?? 0) + 1);
    }
    const r = regionsByIso.get(c.unit)!;
    return {
      ...c,
      name_en: r.name_en_full,
      name_ru: r.name_ru,
      status: r.status,
      probabilities,
      probabilities_by: Object.fromEntries(byFamily.map(([f, sh]) => [f, sh[i]!])),
      unstable: (probabilities[c.class] ?? 0) < typology.unstable_below,
      partners: [...byCountry]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([iso2, ties]) => ({
          iso2,
          name_en: countries.get(iso2)?.name_en ?? iso2,
          name_ru: countries.get(iso2)?.name_ru ?? null,
          ties,
        })),
      tieTypes,
      scores: Object.fromEntries(
        aggregates.map(([k, codes, cols]) => [
          k,
          Object.fromEntries(
            codes.map((code) => {
              const v = cols[code]?.[i];
              return [code, v !== undefined && Number.isFinite(v) ? v : null];
            }),
          ),
        ]),
      ),
    };
  });
  const classified = regions.filter((r) => r.class !== INSUFFICIENT);
  const axes = classified.map((r) => Object.values(r.axes).map((v) => v ?? 0));
  const check = dataDrivenCheck(
    classified.map((r) => r.unit),
    axes,
    // Natural breaks of the mean of the axes: one ordered composite of the typology's dimensions.
    axes.map((a) => a.reduce((x, y) => x + y, 0) / a.length),
    classified.map((r) => r.class),
    typology.classes.map((c) => c.id),
    options.seed,
  );
  return {
    universe,
    universe_label: UNIVERSES[universe],
    typology: {
      name: typology.name,
      classes: typology.classes.map((c) => ({
        id: c.id,
        name_en: c.name_en,
        name_ru: c.name_ru,
        rule: String(c.rule),
        justification_en: c.justification_en,
        justification_ru: c.justification_ru,
      })),
    },
    runs: methodRuns.length,
    seed: options.seed,
    data_uncertainty: {
      bootstrap_runs: bootstrapRuns.length,
      leave_one_out: { sources: looSources, failed },
    },
    regions,
    check,
  };
}
