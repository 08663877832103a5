import { rank } from '../engine/stats/rank.js';
import { REGIONAL_INDICES, type RegionalIndexId } from '../regional/regional-framework.js';
import type { CrisisModel } from './crisis-model.js';

/** What "culture and image-building" reads of a region's soft-power potential. */
export interface SoftPowerPotential {
  /** Percentile rank (0–100, share of regions below) of the mean of the pillars; null when a pillar is missing. */
  percentile: number | null;
  /** The pillars read, named as the index names them. */
  pillars: { code: string; name_en: string; name_ru: string }[];
  min_percentile: number;
}

/**
 * Each region's soft-power potential as the culture framework reads it: the mean of the configured pillars of the
 * potential index (`frameworks.culture_image.potential`), ranked among the regions given (ties averaged, as the
 * typology's percentile axes are), so that the threshold reads "in the bottom three tenths" whatever the spec's
 * normalisation. A region missing any of the pillars has no percentile (missing is not low).
 * @param scores region → index → column → score (the classification's `scores`)
 */
export function softPowerPotential(
  scores: ReadonlyMap<string, Record<string, Record<string, number | null>>>,
  model: CrisisModel,
): Map<string, SoftPowerPotential> {
  const cfg = model.frameworks.culture_image.potential;
  const nodes = REGIONAL_INDICES[cfg.index as RegionalIndexId].nodes;
  const pillars = cfg.from.map((code) => {
    const n = nodes.find((x) => x.code === code)!;
    return { code, name_en: n.name, name_ru: n.name_ru };
  });
  const units = [...scores.keys()];
  const means = units.map((u) => {
    const cols = scores.get(u)![cfg.index];
    let sum = 0;
    for (const c of cfg.from) {
      const v = cols?.[c];
      if (v === null || v === undefined || !Number.isFinite(v)) return NaN;
      sum += v;
    }
    return sum / cfg.from.length;
  });
  const r = rank(means, 'average');
  const n = means.filter(Number.isFinite).length;
  return new Map(
    units.map((u, i) => [
      u,
      {
        percentile: Number.isFinite(r[i]!) ? (n > 1 ? ((r[i]! - 1) / (n - 1)) * 100 : 0) : null,
        pillars,
        min_percentile: cfg.min_percentile,
      },
    ]),
  );
}
