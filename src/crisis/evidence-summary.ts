import type { CrisisModel } from './crisis-model.js';
import type { CapacityRow } from './normalisation-capacity.js';

export interface EvidenceSummary {
  /**
   * Per observed or derived channel with any tie: Russia's national total with the country (all regions), in the
   * channel's unit. Modelled channels are left out: an intensity summed over regions means nothing.
   */
  channels: {
    channel: string;
    basis: 'observed' | 'derived';
    total: number;
    unit: string;
    regions: number;
  }[];
  /** Observed ties with the country in all regions: the sum over the observed channels that count ties. */
  observedTies: number;
  /** The configured threshold (`evidence.thin_below`; 0 = the flag is off). */
  thinBelow: number;
  /** Fewer observed ties than the threshold: the ranking rests on a handful of ties. */
  thin: boolean;
  /** Why the flag is raised, for the reader; null when it is not. */
  note: { en: string; ru: string } | null;
}

/**
 * How much observed evidence a country's ranking stands on. Strength is relative to the strongest region for the
 * same country, so with four twin pairs in all Russia one pair scores 1.0, as forty would elsewhere: the totals and
 * the flag let a reader see that, without changing any score.
 */
export function evidenceSummary(rows: readonly CapacityRow[], model: CrisisModel): EvidenceSummary {
  const channels = Object.entries(model.channels).flatMap(([k, def]) => {
    const held = rows.flatMap((r) => r.channels.filter((c) => c.channel === k && c.raw > 0));
    if (!held.length || def.basis === 'modelled') return [];
    return [
      {
        channel: k,
        basis: def.basis as 'observed' | 'derived',
        total: held.reduce((a, c) => a + c.raw, 0),
        unit: def.measure === 'count' ? 'ties' : (def.unit ?? ''),
        regions: held.length,
      },
    ];
  });
  const observedTies = channels
    .filter((c) => c.basis === 'observed' && model.channels[c.channel]!.measure === 'count')
    .reduce((a, c) => a + c.total, 0);
  const thinBelow = model.evidence.thin_below;
  const thin = thinBelow > 0 && observedTies < thinBelow;
  return {
    channels,
    observedTies,
    thinBelow,
    thin,
    note: thin
      ? {
          en: `Thin evidence: ${observedTies} observed ${observedTies === 1 ? 'tie' : 'ties'} with this country in all regions (threshold ${thinBelow}). Strength is relative to the strongest region, so a single tie can score as high as many ties do for another country: the ranking rests on a handful of ties.`,
          ru: `Мало данных: наблюдаемых связей со страной во всех регионах — ${observedTies} (порог — ${thinBelow}). Сила считается относительно сильнейшего региона, поэтому одна связь может дать такую же оценку, как много связей с другой страной: рейтинг опирается на единичные связи.`,
        }
      : null,
  };
}
