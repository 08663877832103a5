import { mulberry32 } from '../engine/random/mulberry32.js';
import { quantile } from '../engine/stats/quantile.js';
import type { TieRow } from '../store/rows.js';
import { channelStrengths, type ChannelStrength } from './channel-strengths.js';
import type { CrisisModel, Scenario } from './crisis-model.js';

export interface ChannelContribution extends Omit<ChannelStrength, 'ties'> {
  category: 'culture' | 'institutional' | 'geographic' | 'economic';
  /** observed, derived (geometry) or modelled (apportioned from aggregates: label it so wherever it shows). */
  basis: 'observed' | 'derived' | 'modelled';
  /** Unit of raw: "ties" for counted channels. */
  unit: string;
  weight: number;
  freeze: number;
  /** This channel's part of NC under the scenario (NC = sum of contributions). */
  contribution: number;
  /** Its part of the baseline NC (no freeze, full openness). */
  baselineContribution: number;
  ties: {
    id: string;
    counterpart: string;
    place: string | null;
    value: number | null;
    unit: string | null;
    source_id: string;
    source_ref: string | null;
  }[];
}

export interface CapacityRow {
  region: string;
  /** Normalisation capacity 0–100 under the scenario, on the baseline's scale; null when not covered. */
  nc: number | null;
  /** Capacity with nothing frozen and full openness. */
  baselineNc: number | null;
  /** nc − baselineNc. */
  change: number | null;
  band: [number, number] | null;
  rank: number | null;
  baselineRank: number | null;
  channels: ChannelContribution[];
}

export interface CapacityResult {
  country: string;
  scenario: string;
  openness: number;
  freeze: Record<string, number>;
  /** Σ of every channel weight of the model: the constant NC is divided by (docs/crisis.md). */
  weightTotal: number;
  /** Channels that carry any tie with the country, anywhere in Russia. */
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
 * NC(r, c) = 100 · O_c · Σ_k w_k f_k a_k(r, c) / W, W = Σ of the model's channel weights (a constant, so no region
 * is measured against channel types it lacks, and another region gaining a channel type changes nobody else's NC).
 */
export function capacityOf(
  channels: readonly ChannelStrength[],
  weights: Readonly<Record<string, number>>,
  freeze: Readonly<Record<string, number>>,
  openness: number,
  weightTotal: number,
): { nc: number; parts: Map<string, number> } {
  const parts = new Map<string, number>();
  let nc = 0;
  for (const c of channels) {
    const part =
      weightTotal > 0
        ? (100 * openness * (weights[c.channel] ?? 0) * (freeze[c.channel] ?? 1) * c.strength) / weightTotal
        : 0;
    parts.set(c.channel, part);
    nc += part;
  }
  return { nc, parts };
}

function rank(
  rows: CapacityRow[],
  value: (r: CapacityRow) => number | null,
  set: (r: CapacityRow, k: number) => void,
) {
  const ranked = rows
    .filter((r) => value(r) !== null)
    .sort((a, b) => value(b)! - value(a)! || a.region.localeCompare(b.region));
  let prev: { v: number; k: number } | null = null;
  ranked.forEach((r, i) => {
    const v = value(r)!;
    const k = prev && prev.v === v ? prev.k : i + 1;
    set(r, k);
    prev = { v, k };
  });
  return ranked;
}

/**
 * Normalisation capacity of every covered region towards one country under a scenario, with the baseline (nothing
 * frozen) on the same scale, the change, and uncertainty bands from a seeded Monte Carlo over the channel weights
 * and the partial freeze factors. Regions in `uncovered` (no tie source covers them) get no capacity.
 */
export function normalisationCapacity(
  regions: readonly string[],
  ties: readonly TieRow[],
  country: string,
  model: CrisisModel,
  scenario: Scenario,
  uncovered: ReadonlySet<string> = new Set(),
): CapacityResult {
  const strengths = channelStrengths(regions, ties, country, model);
  const freeze = freezeFor(scenario, country, model);
  const openness = scenario.openness[country] ?? 1;
  const weights = Object.fromEntries(Object.entries(model.channels).map(([k, v]) => [k, v.weight]));
  const weightTotal = Object.values(weights).reduce((a, b) => a + b, 0);
  const alive = Object.fromEntries(Object.keys(weights).map((k) => [k, 1]));

  const u = model.uncertainty;
  const rand = mulberry32(u.seed);
  const draws: number[][] = regions.map(() => []);
  for (let run = 0; run < u.runs; run++) {
    const w = Object.fromEntries(
      Object.entries(weights).map(([k, v]) => [k, v * (1 - u.weight_noise + 2 * u.weight_noise * rand())]),
    );
    const f = Object.fromEntries(
      Object.entries(freeze).map(([k, v]) => [
        k,
        v === 0 || v === 1 ? v : Math.min(1, Math.max(0, v + u.freeze_noise * (2 * rand() - 1))),
      ]),
    );
    const wt = Object.values(w).reduce((a, b) => a + b, 0);
    regions.forEach((r, i) => {
      if (!uncovered.has(r)) draws[i]!.push(capacityOf(strengths.get(r)!, w, f, openness, wt).nc);
    });
  }

  const rows: CapacityRow[] = regions.map((r, i) => {
    const ch = strengths.get(r)!;
    const covered = !uncovered.has(r);
    const now = capacityOf(ch, weights, freeze, openness, weightTotal);
    const base = capacityOf(ch, weights, alive, 1, weightTotal);
    return {
      region: r,
      nc: covered ? now.nc : null,
      baselineNc: covered ? base.nc : null,
      change: covered ? now.nc - base.nc : null,
      band: covered && draws[i]!.length ? [quantile(draws[i]!, 0.05), quantile(draws[i]!, 0.95)] : null,
      rank: null,
      baselineRank: null,
      channels: ch
        .filter((c) => c.raw > 0)
        .map(({ ties: list, ...c }) => {
          const def = model.channels[c.channel]!;
          return {
            ...c,
            category: def.category,
            basis: def.basis,
            unit: def.measure === 'count' ? 'ties' : (def.unit ?? ''),
            weight: weights[c.channel]!,
            freeze: freeze[c.channel]!,
            contribution: covered ? now.parts.get(c.channel)! : 0,
            baselineContribution: covered ? base.parts.get(c.channel)! : 0,
            ties: list.map((t) => ({
              id: t.id,
              counterpart: t.counterpart,
              place: t.ru_place,
              value: t.value,
              unit: t.unit,
              source_id: t.source_id,
              source_ref: t.source_ref,
            })),
          };
        }),
    };
  });
  rank(
    rows,
    (r) => r.baselineNc,
    (r, k) => (r.baselineRank = k),
  );
  const ranked = rank(
    rows,
    (r) => r.nc,
    (r, k) => (r.rank = k),
  );
  const active = new Set(rows.flatMap((r) => r.channels.map((c) => c.channel)));
  return {
    country,
    scenario: scenario.name,
    openness,
    freeze,
    weightTotal,
    activeChannels: Object.keys(model.channels).filter((k) => active.has(k)),
    rows: [...ranked, ...rows.filter((r) => r.nc === null).sort((a, b) => a.region.localeCompare(b.region))],
  };
}
