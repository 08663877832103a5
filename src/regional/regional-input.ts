import { catalogueEntry } from '../catalogue/catalogue-entry-of.js';
import type { IndexInput } from '../engine/index-input.js';
import { indicatorsOf } from '../engine/framework.js';
import { inUniverse, type Universe } from '../registry/region.js';
import type { Snapshot } from '../query/snapshot.js';
import { valuesAt } from '../query/values-at.js';
import { tieMeasures } from './tie-measures.js';
import { regionalIndex, type RegionalIndexId } from './regional-framework.js';

export interface RegionalInputOptions {
  /** Which index (default: activity). */
  index?: RegionalIndexId;
  /** Build for a year: each dated indicator takes its latest period up to that year (default: the latest). */
  period?: string;
}

/** The index input plus what it was built from: the index and the periods each indicator's values refer to. */
export interface RegionalInput extends IndexInput {
  index: RegionalIndexId;
  period: string | null;
  /** Indicator → the period(s) of the values used, e.g. "2021" or "2021, 2022" when regions differ. */
  periods: Record<string, string>;
}

/**
 * The regional index input from the store: one column per indicator of the chosen index, derived as the catalogue
 * says, for the regions of a universe, with population denominators. Missing stays missing (NaN).
 */
export function regionalInput(
  s: Snapshot,
  universe: Universe,
  options: RegionalInputOptions = {},
): RegionalInput {
  const index = regionalIndex(options.index ?? 'activity');
  const period = options.period ?? null;
  const regions = s.regions.filter((r) => inUniverse(r, universe));
  const units = regions.map((r) => r.iso);
  const ties = tieMeasures(s, universe);
  const columns: Record<string, Float64Array> = {};
  const periods: Record<string, string> = {};
  const periodsOf = (xs: (string | undefined)[]) =>
    [...new Set(xs.filter((x): x is string => !!x))].sort().join(', ') || 'no data';

  for (const node of indicatorsOf(index.framework)) {
    const e = catalogueEntry(node.code);
    const d = e.derivation;
    if (d.kind === 'ties') {
      columns[node.code] = Float64Array.from(units, (u) => ties.get(u)?.[d.measure] ?? NaN);
      periods[node.code] = e.period;
      continue;
    }
    const parts = (d.kind === 'sum' ? d.of : [node.code]).map((id) =>
      valuesAt(s, id, universe, e.dated ? period : null),
    );
    const used: (string | undefined)[] = [];
    columns[node.code] = Float64Array.from(units, (u) => {
      const vs = parts.map((p) => p.get(u));
      // A sum needs every part, for the same period.
      if (vs.some((v) => !v) || new Set(vs.map((v) => v!.period)).size > 1) return NaN;
      used.push(vs[0]!.period);
      return vs.reduce((a, v) => a + v!.value, 0);
    });
    periods[node.code] = periodsOf(used);
  }

  const denominator = (id: string) => {
    const v = valuesAt(s, id, universe, period);
    periods[id] = periodsOf(units.map((u) => v.get(u)?.period));
    return Float64Array.from(units, (u) => v.get(u)?.value ?? NaN);
  };
  const thou = denominator('population_thou');
  const grp = denominator('grp_mln_rub');
  return {
    index: index.id,
    period,
    periods,
    data: { units, columns },
    unitNames: regions.map((r) => r.name_en_full),
    groups: {
      federal_district: regions.map((r) => r.federal_district_en),
      type: regions.map((r) => r.type_en),
      status: regions.map((r) => r.status),
    },
    denominators: {
      population_thou: thou,
      population_m: thou.map((v) => v / 1000),
      grp_bn_rub: grp.map((v) => v / 1000),
    },
    framework: index.framework,
  };
}
