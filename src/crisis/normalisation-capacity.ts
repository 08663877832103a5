import { mulberry32 } from '../engine/random/mulberry32.js';
import { quantile } from '../engine/stats/quantile.js';
import type { TieRow } from '../store/rows.js';
import { activeChannels, channelStrengths, type ChannelStrength } from './channel-strengths.js';
import type { CrisisModel, Scenario } from './crisis-model.js';

export interface RegionStanding {
  class: string;
  probabilities: Record<string, number>;
}

export interface ChannelContribution extends Omit<ChannelStrength, 'ties'> {
  category: string;
  weight: number;
  freeze: number;
  /** α·strength + (1 − α)·share */
  score: number;
  /** This channel's part of NC (NC = sum of contributions). */
  contribution: number;
  ties: {
    id: string;
    counterpart: string;
    place: string | null;
    source_id: string;
    source_ref: string | null;
  }[];
}

export interface CapacityRow {
  region: string;
  class: string;
  /** Normalisation capacity 0–100; null when the region is not classified (no data). */
  nc: number | null;
  band: [number, number] | null;
  rank: number | null;
  channels: ChannelContribution[];
}

export interface CapacityResult {
  country: string;
  scenario: string;
  openness: number;
  freeze: Record<string, number>;
  activeChannels: string[];
  rows: CapacityRow[];
}

/** Freeze factors a scenario sets for a country: its `freeze` if the country is in its list (or it has none). */
export function freezeFor(scenario: Scenario, country: string, model: CrisisModel): Record<string, number> {
  const applies = !scenario.countries || scenario.countries.includes(country);
  return Object.fromEntries(
    Object.keys(model.channels).map((k) => [k, applies ? (scenario.freeze[k] ?? 1) : 1]),
  );
}

/**
 * NC(r, c) = 100 · O_c · m(class_r) · Σ_k w_k f_k (α a_k + (1 − α) s_k) / Σ_k w_k, over the channels k that carry any
 * tie with c anywhere in Russia (docs/crisis.md). a_k: absolute strength, s_k: share, f_k: freeze factor,
 * m: class multiplier, O_c: the partner's openness.
 */
function capacity(
  ch: readonly ChannelStrength[],
  active: Set<string>,
  weights: Record<string, number>,
  freeze: Record<string, number>,
  mix: number,
  multiplier: number,
  openness: number,
): { nc: number; parts: Map<string, { score: number; contribution: number }> } {
  let wsum = 0;
  for (const k of active) wsum += weights[k] ?? 0;
  const parts = new Map<string, { score: number; contribution: number }>();
  let p = 0;
  for (const c of ch) {
    const score = mix * c.strength + (1 - mix) * c.share;
    const contribution =
      active.has(c.channel) && wsum > 0
        ? (100 * openness * multiplier * (weights[c.channel] ?? 0) * (freeze[c.channel] ?? 1) * score) / wsum
        : 0;
    parts.set(c.channel, { score, contribution });
    p += contribution;
  }
  return { nc: p, parts };
}

/**
 * Normalisation capacity of every region towards one country, ranked, with uncertainty bands from a seeded Monte
 * Carlo over α, the channel weights, the partial freeze factors and the region's class.
 */
export function normalisationCapacity(
  regions: ReadonlyMap<string, RegionStanding>,
  ties: readonly TieRow[],
  country: string,
  model: CrisisModel,
  scenario: Scenario,
): CapacityResult {
  const ids = [...regions.keys()];
  const strengths = channelStrengths(ids, ties, country, model);
  const active = activeChannels(strengths);
  const freeze = freezeFor(scenario, country, model);
  const openness = scenario.openness[country] ?? 1;
  const weights = Object.fromEntries(Object.entries(model.channels).map(([k, v]) => [k, v.weight]));
  const multiplier = (cls: string) => model.class_multipliers[cls];

  const u = model.uncertainty;
  const rand = mulberry32(u.seed);
  const draws: number[][] = ids.map(() => []);
  for (let run = 0; run < u.runs; run++) {
    const mix = u.mix_low + (u.mix_high - u.mix_low) * rand();
    const w = Object.fromEntries(
      Object.entries(weights).map(([k, v]) => [k, v * (1 - u.weight_noise + 2 * u.weight_noise * rand())]),
    );
    const f = Object.fromEntries(
      Object.entries(freeze).map(([k, v]) => [
        k,
        v === 0 || v === 1 ? v : Math.min(1, Math.max(0, v + u.freeze_noise * (2 * rand() - 1))),
      ]),
    );
    ids.forEach((r, i) => {
      const standing = regions.get(r)!;
      let x = rand();
      let cls = standing.class;
      for (const [c, p] of Object.entries(standing.probabilities)) {
        if ((x -= p) <= 0) {
          cls = c;
          break;
        }
      }
      const m = multiplier(cls);
      if (m === undefined) return;
      draws[i]!.push(capacity(strengths.get(r)!, active, w, f, mix, m, openness).nc);
    });
  }

  const rows: CapacityRow[] = ids.map((r, i) => {
    const standing = regions.get(r)!;
    const m = multiplier(standing.class);
    const ch = strengths.get(r)!;
    const nominal = m === undefined ? null : capacity(ch, active, weights, freeze, model.mix, m, openness);
    return {
      region: r,
      class: standing.class,
      nc: nominal?.nc ?? null,
      band: nominal && draws[i]!.length ? [quantile(draws[i]!, 0.05), quantile(draws[i]!, 0.95)] : null,
      rank: null,
      channels: ch
        .filter((c) => c.raw > 0)
        .map((c) => ({
          channel: c.channel,
          raw: c.raw,
          strength: c.strength,
          share: c.share,
          category: model.channels[c.channel]!.category,
          weight: weights[c.channel]!,
          freeze: freeze[c.channel]!,
          score: nominal?.parts.get(c.channel)?.score ?? model.mix * c.strength + (1 - model.mix) * c.share,
          contribution: nominal?.parts.get(c.channel)?.contribution ?? 0,
          ties: c.ties.map((t) => ({
            id: t.id,
            counterpart: t.counterpart,
            place: t.ru_place,
            source_id: t.source_id,
            source_ref: t.source_ref,
          })),
        })),
    };
  });
  const ranked = rows
    .filter((r) => r.nc !== null)
    .sort((a, b) => b.nc! - a.nc! || a.region.localeCompare(b.region));
  ranked.forEach((r, i) => (r.rank = i > 0 && ranked[i - 1]!.nc === r.nc ? ranked[i - 1]!.rank : i + 1));
  return {
    country,
    scenario: scenario.name,
    openness,
    freeze,
    activeChannels: [...active].sort(),
    rows: [...ranked, ...rows.filter((r) => r.nc === null).sort((a, b) => a.region.localeCompare(b.region))],
  };
}
