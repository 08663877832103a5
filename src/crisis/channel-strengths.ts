import type { TieRow } from '../store/rows.js';
import type { CrisisModel } from './crisis-model.js';

export interface ChannelStrength {
  channel: string;
  /** Ties of this channel between the region and the country. */
  raw: number;
  /** ln(1 + raw) / max over regions of ln(1 + raw): 0–1. */
  strength: number;
  /** raw / total over all regions: the region's share of Russia's relationship with the country through this channel. */
  share: number;
  ties: TieRow[];
}

/**
 * Absolute strength and share of each channel for every region towards one country. Shares sum to 1 over regions
 * for every channel that has any tie with the country.
 */
export function channelStrengths(
  regions: readonly string[],
  ties: readonly TieRow[],
  country: string,
  model: CrisisModel,
): Map<string, ChannelStrength[]> {
  const raw = new Map<string, Map<string, TieRow[]>>();
  for (const t of ties) {
    if (t.country_iso2 !== country || !t.region_iso || !(t.type in model.channels)) continue;
    let m = raw.get(t.region_iso);
    if (!m) raw.set(t.region_iso, (m = new Map()));
    m.set(t.type, [...(m.get(t.type) ?? []), t]);
  }
  const out = new Map<string, ChannelStrength[]>();
  for (const channel of Object.keys(model.channels)) {
    const counts = regions.map((r) => raw.get(r)?.get(channel)?.length ?? 0);
    const total = counts.reduce((a, b) => a + b, 0);
    const maxLog = Math.max(...counts.map((c) => Math.log1p(c)));
    regions.forEach((r, i) => {
      const list = out.get(r) ?? [];
      list.push({
        channel,
        raw: counts[i]!,
        strength: maxLog > 0 ? Math.log1p(counts[i]!) / maxLog : 0,
        share: total > 0 ? counts[i]! / total : 0,
        ties: raw.get(r)?.get(channel) ?? [],
      });
      out.set(r, list);
    });
  }
  return out;
}

/** Channels that carry any tie with the country, anywhere in Russia: only these enter the capacity formula. */
export function activeChannels(strengths: Map<string, ChannelStrength[]>): Set<string> {
  const s = new Set<string>();
  for (const list of strengths.values()) for (const c of list) if (c.raw > 0) s.add(c.channel);
  return s;
}
