import type { IndexResult } from '../engine/pipeline.js';
import { runIndex } from '../engine/pipeline.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { specSampler } from '../engine/uncertainty/design.js';
import { monteCarloSample } from '../engine/uncertainty/monte-carlo.js';
import { createReplicator } from '../engine/uncertainty/replicator.js';
import { inScope } from '../query/in-scope.js';
import { isRegionalTie } from '../query/regional-tie.js';
import type { Snapshot } from '../query/snapshot.js';
import { regionalInput } from '../regional/regional-input.js';
import type { Universe } from '../registry/region.js';
import { UNIVERSES } from '../registry/region.js';
import { dataDrivenCheck, type DataDrivenCheck } from './check/data-driven-check.js';
import { classify, classOnly, NO_DATA, type ClassificationInput, type RegionClass } from './classify.js';
import { regionTags } from './tags.js';
import type { Typology } from './typology.js';

export interface ClassifiedRegion extends RegionClass {
  name_en: string;
  name_ru: string;
  status: string;
  /** Share of Monte Carlo runs in each class; sums to 1. */
  probabilities: Record<string, number>;
  unstable: boolean;
  /** The region's strongest partner countries and its tie types. */
  partners: { iso2: string; name_en: string; name_ru: string | null; ties: number }[];
  tieTypes: Record<string, number>;
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
  runs: number;
  seed: number;
  regions: ClassifiedRegion[];
  check: DataDrivenCheck;
}

export function classificationInput(
  s: Snapshot,
  universe: Universe,
  result: IndexResult,
  typology: Typology,
): ClassificationInput {
  const agg = result.steps.Aggregated;
  const counts = new Map<string, { ties_total: number; countries_total: number }>();
  for (const unit of agg.units) {
    const own = s.ties.filter((t) => t.region_iso === unit && isRegionalTie(t) && inScope(t.scope, universe));
    counts.set(unit, {
      ties_total: own.length,
      countries_total: new Set(own.map((t) => t.country_iso2).filter(Boolean)).size,
    });
  }
  return {
    units: agg.units,
    columns: agg.columns,
    tags: regionTags(s, universe, {
      arctic: typology.tags.arctic.regions,
      megacityPopulation: typology.tags.megacity_population,
      custom: Object.fromEntries(Object.entries(typology.tags.custom).map(([k, v]) => [k, v.regions])),
    }),
    counts,
  };
}

/**
 * Classify the regions of a universe with a typology: classes with explanations, class probabilities from a
 * seeded Monte Carlo over the index's uncertain choices, and the data-driven check.
 */
export function classifyRegions(
  s: Snapshot,
  universe: Universe,
  spec: IndexSpec,
  typology: Typology,
  design: Design,
  options: { runs: number; seed: number },
): RegionalClassification {
  const input = regionalInput(s, universe);
  const result = runIndex(input, spec);
  const cinput = classificationInput(s, universe, result, typology);
  const classes = classify(cinput, typology);

  // Robustness: the same classification rules on each Monte Carlo replication of the index.
  const run = createReplicator(input);
  const specFor = specSampler(spec, input.framework, design.factors);
  const counts = classes.map(() => new Map<string, number>());
  const sample = monteCarloSample(options.runs, design.factors.length, options.seed);
  let ok = 0;
  for (const u of sample) {
    let rep;
    try {
      rep = run(specFor(u));
    } catch {
      continue; // counted out: probabilities are over the runs that produced an index
    }
    ok++;
    classOnly({ ...cinput, columns: rep.columns }, typology).forEach((c, i) =>
      counts[i]!.set(c, (counts[i]!.get(c) ?? 0) + 1),
    );
  }
  const regionsByIso = new Map(s.regions.map((r) => [r.iso, r]));
  const countries = new Map(s.countries.map((c) => [c.iso2, c]));
  const regions: ClassifiedRegion[] = classes.map((c, i) => {
    const probabilities: Record<string, number> = {};
    if (ok === 0) probabilities[c.class] = 1;
    else for (const [k, v] of counts[i]!) probabilities[k] = v / ok;
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
    };
  });
  const classified = regions.filter((r) => r.class !== NO_DATA);
  const top = input.framework.nodes.find((n) => n.parent === null)!.code;
  const check = dataDrivenCheck(
    classified.map((r) => r.unit),
    classified.map((r) => Object.values(r.axes).map((v) => v ?? 0)),
    classified.map(
      (r) => result.steps.Aggregated.columns[top]![result.steps.Aggregated.units.indexOf(r.unit)]!,
    ),
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
    runs: ok,
    seed: options.seed,
    regions,
    check,
  };
}
