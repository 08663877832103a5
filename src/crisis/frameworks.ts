import type { CrisisModel } from './crisis-model.js';
import type { CapacityRow } from './normalisation-capacity.js';

export type Framework = 'culture_image' | 'political_plus';
export type Recommendation = 'both' | Framework | 'neither';

export interface FrameworkFit {
  region: string;
  country: string;
  cultureFit: number;
  politicalFit: number;
  /** The region's own political channels to the partner (border, the partner's mission, …). */
  ownChannels: string[];
  recommendation: Recommendation;
  reasons: { en: string; ru: string }[];
  legalSteps: { id: string; en: string; ru: string; source: string }[];
}

function categoryFit(row: CapacityRow, category: string, model: CrisisModel): number {
  const chans = Object.entries(model.channels).filter(([, c]) => c.category === category);
  const active = row.channels.filter((c) => c.category === category);
  if (!active.length) return 0;
  const wsum = chans
    .filter(([k]) => active.some((a) => a.channel === k))
    .reduce((s, [, c]) => s + c.weight, 0);
  return active.reduce((s, c) => s + c.weight * c.score, 0) / wsum;
}

/**
 * Fit of a (region, country) pair to the two frameworks of joint federal–regional action and the recommendation,
 * with reasons and the federal coordination steps the law requires (docs/crisis.md):
 * - culture and image-building: the culture channels' score reaches the threshold;
 * - political plus: the region has its own political channel to the partner, enough capacity, and a class that
 *   makes it a credible carrier of messages in coordination with the centre.
 */
export function frameworkFit(row: CapacityRow, country: string, model: CrisisModel): FrameworkFit {
  const cfg = model.frameworks;
  const cultureFit = categoryFit(row, 'culture', model);
  const politicalFit = categoryFit(row, 'political', model);
  const ownChannels = row.channels.filter((c) => c.category === 'political').map((c) => c.channel);
  const culture = cultureFit >= cfg.culture_image.threshold;
  const political =
    ownChannels.length > 0 &&
    (row.nc ?? 0) >= cfg.political_plus.min_nc &&
    cfg.political_plus.classes.includes(row.class);
  const reasons: FrameworkFit['reasons'] = [];
  const f2 = (x: number) => x.toFixed(2);
  reasons.push(
    culture
      ? {
          en: `culture channels score ${f2(cultureFit)} ≥ ${cfg.culture_image.threshold}`,
          ru: `культурные каналы: ${f2(cultureFit)} ≥ ${cfg.culture_image.threshold}`,
        }
      : {
          en: `culture channels score ${f2(cultureFit)} < ${cfg.culture_image.threshold}`,
          ru: `культурные каналы: ${f2(cultureFit)} < ${cfg.culture_image.threshold}`,
        },
  );
  if (!ownChannels.length)
    reasons.push({
      en: 'no own political channel to the partner',
      ru: 'нет собственного политического канала к партнёру',
    });
  else {
    reasons.push({
      en: `own political channels: ${ownChannels.join(', ')}`,
      ru: `собственные политические каналы: ${ownChannels.join(', ')}`,
    });
    if ((row.nc ?? 0) < cfg.political_plus.min_nc)
      reasons.push({
        en: `capacity ${(row.nc ?? 0).toFixed(1)} < ${cfg.political_plus.min_nc}`,
        ru: `потенциал ${(row.nc ?? 0).toFixed(1)} < ${cfg.political_plus.min_nc}`,
      });
    if (!cfg.political_plus.classes.includes(row.class))
      reasons.push({
        en: `activity class "${row.class}" is not among ${cfg.political_plus.classes.join(', ')}`,
        ru: `класс активности «${row.class}» не входит в ${cfg.political_plus.classes.join(', ')}`,
      });
  }
  const recommendation: Recommendation =
    culture && political ? 'both' : culture ? 'culture_image' : political ? 'political_plus' : 'neither';
  const chosen = new Set<Framework>(
    recommendation === 'both'
      ? ['culture_image', 'political_plus']
      : recommendation === 'neither'
        ? []
        : [recommendation],
  );
  const border = row.channels.some((c) => c.channel === 'border');
  const legalSteps = model.legal_steps
    .filter((s) => s.applies_to.some((f) => chosen.has(f)) && (s.when !== 'border' || border))
    .map(({ id, en, ru, source }) => ({ id, en, ru, source }));
  return {
    region: row.region,
    country,
    cultureFit,
    politicalFit,
    ownChannels,
    recommendation,
    reasons,
    legalSteps,
  };
}
