import type { RegionalClassification } from '../classify/regional-classification.js';
import type { CrisisAnalysis } from '../crisis/crisis-analysis.js';
import type { IndexResult } from '../engine/pipeline.js';
import { regionList } from '../query/region-list.js';
import { inScope } from '../query/in-scope.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import type { ExportTable } from './table.js';

/** The tables paradip exports, built from the snapshot and the computed results. */
export function regionsTable(s: Snapshot, universe: Universe): ExportTable {
  const list = regionList(s, universe);
  const indicators = s.indicators.map((i) => i.id);
  return {
    name: 'regions',
    columns: [
      'iso',
      'name_en',
      'name_ru',
      'status',
      'federal_district_en',
      ...indicators,
      'partner_countries',
    ],
    rows: list.regions.map((r) => ({ ...r, ...r.values })),
  };
}

export function indexTable(
  result: IndexResult,
  step: keyof IndexResult['steps'] = 'Aggregated',
): ExportTable {
  const d = result.steps[step];
  const codes = Object.keys(d.columns);
  return {
    name: `index_${step.toLowerCase()}`,
    // COINr-shaped: uCode then every column.
    columns: ['uCode', ...codes],
    rows: d.units.map((u, i) =>
      Object.fromEntries([
        ['uCode', u],
        ...codes.map((c) => [c, Number.isNaN(d.columns[c]![i]!) ? null : d.columns[c]![i]!]),
      ]),
    ),
  };
}

export function classificationTable(c: RegionalClassification): ExportTable {
  const axes = Object.keys(c.regions[0]?.axes ?? {});
  return {
    name: 'classification',
    columns: ['iso', 'name_en', 'name_ru', 'class', 'probability', 'unstable', ...axes, 'tags'],
    rows: c.regions.map((r) => ({
      iso: r.unit,
      name_en: r.name_en,
      name_ru: r.name_ru,
      class: r.class,
      probability: r.probabilities[r.class] ?? null,
      unstable: r.unstable,
      ...r.axes,
      tags: Object.keys(r.tags)
        .filter((k) => r.tags[k])
        .join(' '),
    })),
  };
}

export function crisisTable(a: CrisisAnalysis): ExportTable {
  return {
    name: `crisis_${a.country}`,
    columns: [
      'rank',
      'iso',
      'name_en',
      'name_ru',
      'nc',
      'baseline_nc',
      'change',
      'band_low',
      'band_high',
      'class',
      'channels',
      'framework',
      'reason_en',
      'reason_ru',
    ],
    rows: a.rows.map((r) => ({
      rank: r.rank,
      iso: r.region,
      name_en: r.name_en,
      name_ru: r.name_ru,
      nc: r.nc,
      baseline_nc: r.baselineNc,
      change: r.change,
      band_low: r.band?.[0] ?? null,
      band_high: r.band?.[1] ?? null,
      class: r.class,
      // A modelled channel says so in every output.
      channels: r.channels
        .map((c) => `${c.channel}${c.basis === 'modelled' ? '(modelled)' : ''}:${+c.raw.toFixed(3)}`)
        .join(' '),
      framework: r.framework.recommendation,
      reason_en: r.framework.reason.en,
      reason_ru: r.framework.reason.ru,
    })),
  };
}

export function tiesTable(s: Snapshot, universe: Universe): ExportTable {
  return {
    name: 'ties',
    columns: [
      'id',
      'type',
      'region_iso',
      'country_iso2',
      'counterpart',
      'ru_place',
      'value',
      'unit',
      'scope',
      'source_id',
      'source_ref',
    ],
    rows: s.ties.filter((t) => inScope(t.scope, universe)) as unknown as Record<string, unknown>[],
  };
}
